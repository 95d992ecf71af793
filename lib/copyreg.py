"""Helpers that `pickle` and `copy` share: CPython's `copyreg`, written for closc.

`pickle(type, function)` registers a reduction function in `dispatch_table`; the
extension registry (`add_extension`, ...) gives globals short codes; `__newobj__`,
`__newobj_ex__` and `_reconstructor` are the constructors pickles name.

closc's `object` has no `__reduce_ex__`, `__reduce__` nor `__getstate__`: `_reduce_ex_of(obj,
proto)` returns what `obj.__reduce_ex__(proto)` returns in CPython, for program classes (as
`object.__reduce_ex__` reduces them) and for the builtin and `collections` types whose
reduction CPython writes in C.
"""

from collections import Counter, OrderedDict, defaultdict, deque

__all__ = [
    "pickle",
    "constructor",
    "add_extension",
    "remove_extension",
    "clear_extension_cache",
]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function

    # Kept for backward compatibility: constructors need no registration.
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    """Rebuild an instance pickled with protocol 0 or 1 (see `_reduce_ex`)."""
    if base is object:
        obj = object.__new__(cls)
    elif base is tuple and _is_namedtuple_class(cls):
        # closc's `tuple.__new__` does not fill in a namedtuple's fields; its own
        # `__new__` does.
        obj = cls.__new__(cls, *state)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _is_builtin_class(cls):
    """Whether CPython writes `cls` in C (a class without `Py_TPFLAGS_HEAPTYPE`)."""
    return cls.__module__ == "builtins" or cls in (deque, defaultdict, OrderedDict)


def _reduce_ex(self, proto):
    """`object.__reduce_ex__` for protocols 0 and 1: rebuild through `_reconstructor`
    from the nearest builtin base's value."""
    cls = type(self)
    base = object
    for klass in cls.__mro__:
        if _is_builtin_class(klass):
            base = klass
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    if _defined_below_object(cls, "__getstate__"):
        dict = self.__getstate__()
    else:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
        dict = getattr(self, "__dict__", None)
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Used by pickle protocol 4, instead of __newobj__, to allow classes with
    keyword-only arguments to be pickled correctly."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of `cls`'s instances (mangled, most derived class first,
    without `__dict__` and `__weakref__`), cached in `cls.__slotnames__` as CPython does."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            slots = klass.__dict__.get("__slots__")
            if slots is None:
                continue
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = klass.__name__.lstrip("_")
                    if stripped:
                        name = f"_{stripped}{name}"
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# The extension registry: global names pickled as short codes (`EXT1`, `EXT2`, `EXT4`).
# Codes 1-127 are reserved for Python's standard library, 128-239 for Zope, 240-255 for
# private use; larger ones are free.
_extension_registry = {}  # (module, name) -> code
_inverted_registry = {}  # code -> (module, name)
_extension_cache = {}  # code -> object


def add_extension(module, name, code):
    """Register an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7FFFFFFF:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return  # Redundant registrations are benign
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister an extension code.  For testing only."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# What follows reduces objects the way CPython's C code does, for `pickle` and `copy`.


def _defined_below_object(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def _default_state(obj):
    """What `object.__getstate__` returns for `obj`: its `__dict__` (None when empty),
    paired with a dict of its set slots when it has any."""
    state = getattr(obj, "__dict__", None)
    if not state:
        state = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _getstate(obj):
    if _defined_below_object(type(obj), "__getstate__"):
        return obj.__getstate__()
    return _default_state(obj)


def _own_state(obj):
    """The `__dict__` of a closc native collections object (deque, OrderedDict, ...)
    without the attributes closc keeps its own data in, or None if it is empty."""
    state = {}
    for name, value in getattr(obj, "__dict__", {}).items():
        if name.startswith("__closc_") or name in ("maxlen", "default_factory"):
            continue
        state[name] = value
    return state or None


def _is_namedtuple_class(cls):
    return issubclass(cls, tuple) and hasattr(cls, "_fields") and hasattr(cls, "_make")


_FunctionType = type(_reconstructor)
_BuiltinFunctionType = type(len)
_value_types = (tuple, int, float, complex, str, bytes)
_c_struct_modules = ("builtins", "_io", "io")


def _reduce_ex_of(obj, proto):
    """What `obj.__reduce_ex__(proto)` returns in CPython."""
    cls = type(obj)
    if _defined_below_object(cls, "__reduce_ex__"):
        return obj.__reduce_ex__(proto)
    if _defined_below_object(cls, "__reduce__"):
        return obj.__reduce__()
    native = _reduce_native(obj, proto)
    if native is not None:
        return native
    if proto < 2:
        return _reduce_ex(obj, proto)
    return _reduce_newobj(obj)


def _reduce_native(obj, proto):
    """The `__reduce__` of closc's builtin and native types that have one in CPython,
    or None."""
    cls = type(obj)
    if cls is _BuiltinFunctionType:
        bound_to = getattr(obj, "__self__", None)
        if bound_to is None or type(bound_to).__name__ == "module":
            return obj.__qualname__
        return (getattr, (bound_to, obj.__name__))
    if hasattr(obj, "__func__") and hasattr(obj, "__self__"):
        return (getattr, (obj.__self__, obj.__func__.__name__))
    if issubclass(cls, BaseException):
        state = getattr(obj, "__dict__", None)
        if state:
            return (cls, obj.args, state)
        return (cls, obj.args)
    if issubclass(cls, Counter):
        return (cls, (dict(obj),))
    if issubclass(cls, bytearray):
        state = getattr(obj, "__dict__", None) or None
        if proto < 3:
            return (cls, (bytes(obj).decode("latin-1"), "latin-1"), state)
        return (cls, (bytes(obj),), state)
    if issubclass(cls, (set, frozenset)):
        return (cls, (list(obj),), getattr(obj, "__dict__", None) or None)
    if issubclass(cls, defaultdict):
        factory = obj.default_factory
        return (cls, () if factory is None else (factory,), None, None, iter(obj.items()))
    if issubclass(cls, OrderedDict):
        return (cls, (), _own_state(obj), None, iter(obj.items()))
    if issubclass(cls, deque):
        args = () if obj.maxlen is None else ((), obj.maxlen)
        return (cls, args, _own_state(obj), iter(obj))
    if cls is range:
        return (range, (obj.start, obj.stop, obj.step))
    if cls is slice:
        return (slice, (obj.start, obj.stop, obj.step))
    return None


def _reduce_newobj(obj):
    """`object.__reduce_ex__` for protocols 2 and up: rebuild through `cls.__new__` and
    the instance's state, items and pairs."""
    cls = type(obj)
    for base in cls.__mro__:
        if base is object:
            break
        # CPython refuses instances of C types whose struct holds more than a dict and
        # slots, unless the type gives arguments for `__new__`.
        if base.__module__ in _c_struct_modules and base not in (list, dict, bool) + _value_types:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")

    if hasattr(obj, "__getnewargs_ex__"):
        args, kwargs = obj.__getnewargs_ex__()
    elif hasattr(obj, "__getnewargs__"):
        args, kwargs = obj.__getnewargs__(), None
    elif _is_namedtuple_class(cls):
        args, kwargs = tuple(obj), None
    else:
        args, kwargs = None, None
        for base in _value_types:
            if isinstance(obj, base):
                args = (base(obj),)
                break
    if args is None:
        args = ()
    if kwargs:
        constructor, constructor_args = __newobj_ex__, (cls, args, kwargs)
    else:
        constructor, constructor_args = __newobj__, (cls,) + tuple(args)

    if _defined_below_object(cls, "__getstate__"):
        state = obj.__getstate__()
    else:
        state = _default_state(obj)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    return (constructor, constructor_args, state, items, pairs)
