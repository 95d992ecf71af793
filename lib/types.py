"""Names for the types of the interpreter's objects, and helpers to make classes.

Written for closc from the `types` documentation of Python 3.11. The type objects are
closc's own classes, found as CPython's `types.py` finds them, by asking `type()` of an
object of each kind. closc's method descriptors and slot wrappers are its builtin
functions, so `WrapperDescriptorType`, `MethodWrapperType`, `MethodDescriptorType` and
`ClassMethodDescriptorType` are `BuiltinFunctionType` here; `GetSetDescriptorType` and
`MemberDescriptorType` are missing. `MappingProxyType` is a class of this module (closc's
class namespaces are dicts): a read-only view of a mapping.
"""

import sys

__all__ = [
    "FunctionType", "LambdaType", "CodeType", "MappingProxyType", "SimpleNamespace",
    "CellType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
    "BuiltinFunctionType", "BuiltinMethodType", "WrapperDescriptorType",
    "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType", "ModuleType",
    "TracebackType", "FrameType", "GenericAlias", "UnionType", "EllipsisType", "NoneType",
    "NotImplementedType", "new_class", "resolve_bases", "prepare_class",
    "DynamicClassAttribute",
]


def _function():
    pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
CodeType = type(_function.__code__)


def _make_cell():
    captured = 1

    def inner():
        return captured

    return inner.__closure__[0]


CellType = type(_make_cell())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_sample_coroutine = _coroutine()
CoroutineType = type(_sample_coroutine)
_sample_coroutine.close()
del _sample_coroutine


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _Sample:
    def _method(self):
        pass


MethodType = type(_Sample()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)


def _traceback_and_frame():
    try:
        raise TypeError
    except TypeError as exc:
        return type(exc.__traceback__), type(exc.__traceback__.tb_frame)


TracebackType, FrameType = _traceback_and_frame()
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del _function, _make_cell, _generator, _coroutine, _async_generator, _Sample
del _traceback_and_frame


class MappingProxyType:
    """A read-only view of a mapping: reads go to the mapping, writes are refused."""

    __slots__ = ("_mapping",)
    __module__ = "builtins"

    def __new__(cls, mapping):
        if (not hasattr(mapping, "__getitem__") or not hasattr(mapping, "keys")
                or isinstance(mapping, (list, tuple))):
            raise TypeError(
                f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}")
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return "mappingproxy(" + repr(self._mapping) + ")"

    def __str__(self):
        return str(self._mapping)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)


# The class statement names the class after the statement; CPython's is `mappingproxy`.
MappingProxyType.__name__ = "mappingproxy"
MappingProxyType.__qualname__ = "mappingproxy"


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        marker = id(self)
        if marker in _namespaces_in_repr:
            return name + "(...)"
        _namespaces_in_repr.add(marker)
        try:
            fields = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        finally:
            _namespaces_in_repr.discard(marker)
        return f"{name}({fields})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The namespaces whose repr is being computed (a namespace holding itself shows `...`).
_namespaces_in_repr = set()


def resolve_bases(bases):
    """`bases` with each entry that is not a class replaced by what its
    `__mro_entries__(bases)` returns."""
    resolved = list(bases)
    changed = False
    shift = 0
    for index, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved[index + shift:index + shift + 1] = entries
        shift += len(entries) - 1
    if not changed:
        return bases
    return tuple(resolved)


def _calculate_meta(meta, bases):
    """The most derived metaclass of `meta` and the metaclasses of `bases`."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace (from `__prepare__`) and the remaining keywords a
    class statement `class name(*bases, **kwds)` would use."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        namespace = meta.__prepare__(name, bases, **kwds)
    else:
        namespace = {}
    return meta, namespace, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it; `exec_body(namespace)` fills
    its namespace."""
    resolved = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if resolved is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, resolved, namespace, **kwds)


class DynamicClassAttribute(property):
    """A property read through instances; read through the class it raises
    AttributeError, so the class's `__getattr__` can answer (as `enum` uses it)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        return super().__get__(instance, ownerclass)

