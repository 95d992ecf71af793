"""Support for type hints (the run-time side of PEP 484 and its successors).

Written for closc from the `typing` documentation of Python 3.11: the special forms
(`Any`, `Union`, `Optional`, `ClassVar`, `Final`, `Literal`, ...), the aliases of the
builtin and abstract containers (`List[int]`, `Iterable[str]`), `TypeVar`, `Generic`,
`Protocol`/`runtime_checkable`, `NamedTuple`, `TypedDict`, `NewType`, `cast`, `overload`,
`get_origin`/`get_args`/`get_type_hints`. Subscripted forms have CPython's reprs and
compare equal by origin and arguments.
"""

import collections
import sys
import _collections_abc as _abcs
from abc import ABCMeta, abstractmethod

__all__ = [
    "Annotated",
    "Any",
    "Callable",
    "ClassVar",
    "Final",
    "ForwardRef",
    "Generic",
    "Literal",
    "Optional",
    "Protocol",
    "Tuple",
    "Type",
    "TypeVar",
    "Union",
    "AbstractSet",
    "Container",
    "Collection",
    "Hashable",
    "Iterable",
    "Iterator",
    "Mapping",
    "MutableMapping",
    "MutableSequence",
    "MutableSet",
    "Sequence",
    "Sized",
    "Awaitable",
    "AsyncIterator",
    "AsyncIterable",
    "Coroutine",
    "AsyncGenerator",
    "Reversible",
    "Counter",
    "Deque",
    "Dict",
    "DefaultDict",
    "List",
    "OrderedDict",
    "Set",
    "FrozenSet",
    "NamedTuple",
    "TypedDict",
    "Generator",
    "AnyStr",
    "assert_never",
    "cast",
    "final",
    "get_args",
    "get_origin",
    "get_type_hints",
    "NewType",
    "no_type_check",
    "NoReturn",
    "Never",
    "overload",
    "reveal_type",
    "runtime_checkable",
    "Self",
    "Text",
    "TYPE_CHECKING",
    "TypeAlias",
    "TypeGuard",
    "LiteralString",
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if hasattr(obj, "__code__"):
        return obj.__name__
    return repr(obj)


def _type_check(arg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    """A type written as a string, to be evaluated later (by `get_type_hints`)."""

    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _collect_parameters(args):
    found = []
    for arg in args:
        if isinstance(arg, TypeVar):
            if arg not in found:
                found.append(arg)
        else:
            for p in getattr(arg, "__parameters__", ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


class _SpecialForm:
    """A bare special form: `Any`, `NoReturn`, `ClassVar`, `Union`, ..."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")


class _GenericAlias:
    """A subscripted form: `List[int]`, `Union[int, str]`, `Stack[T]`."""

    def __init__(self, origin, args, name=None, form=None):
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._name = name
        self._form = form

    def __repr__(self):
        form = self._form or self.__origin__
        if form is Union and len(self.__args__) == 2 and type(None) in self.__args__:
            other = self.__args__[0] if self.__args__[1] is type(None) else self.__args__[1]
            return f"typing.Optional[{_type_repr(other)}]"
        head = f"typing.{self._name}" if self._name else _type_repr(self.__origin__)
        if self._name == "Callable" and len(self.__args__) >= 1 and form is Callable:
            *params, result = self.__args__
            if len(params) == 1 and params[0] is ...:
                return f"{head}[..., {_type_repr(result)}]"
            inner = ", ".join(_type_repr(a) for a in params)
            return f"{head}[[{inner}], {_type_repr(result)}]"
        if not self.__args__:
            return f"{head}[()]"
        if form is Literal:
            return f"{head}[{', '.join(repr(a) for a in self.__args__)}]"
        return f"{head}[{', '.join(_type_repr(a) for a in self.__args__)}]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        params = _as_tuple(params)
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if len(params) != len(self.__parameters__):
            raise TypeError(
                f"Too {'many' if len(params) > len(self.__parameters__) else 'few'} arguments for {self};"
                f" actual {len(params)}, expected {len(self.__parameters__)}"
            )
        mapping = dict(zip(self.__parameters__, params))

        def substitute(arg):
            if isinstance(arg, TypeVar):
                return mapping[arg]
            if isinstance(arg, _GenericAlias) and arg.__parameters__:
                return arg[tuple(mapping[p] for p in arg.__parameters__)]
            return arg

        args = tuple(substitute(a) for a in self.__args__)
        if self.__origin__ is Union:
            return Union[args]
        return _GenericAlias(self.__origin__, args, self._name, self._form)

    def __call__(self, *args, **kwds):
        if self._name is not None:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwds)
        try:
            made.__orig_class__ = self
        except AttributeError:
            pass
        return made

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return _alias_mro_entries(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) and b is not self:
                    return ()
        return (self.__origin__,)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _alias_mro_entries(alias, bases):
    """The bases an alias of a container class stands for: the class, and `Generic`
    unless a later base brings it."""
    entries = []
    if alias.__origin__ not in bases:
        entries.append(alias.__origin__)
    for b in bases[bases.index(alias) + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        entries.append(Generic)
    return tuple(entries)


class _SpecialGenericAlias:
    """An alias of a container class: `List`, `Dict`, `Iterable`, ..."""

    def __init__(self, origin, nparams, name, instantiable=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._instantiable = instantiable

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _as_tuple(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError(
                f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                f" actual {len(params)}, expected {self._nparams}"
            )
        return _GenericAlias(self.__origin__, tuple(_type_check(p) for p in params), self._name)

    def __call__(self, *args, **kwds):
        if not self._instantiable:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwds)

    def __mro_entries__(self, bases):
        return _alias_mro_entries(self, bases)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        params = _as_tuple(params)
        if params == ((),):
            params = ()
        return _GenericAlias(tuple, tuple(_type_check(p) for p in params), "Tuple")


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if args is ...:
            flat = (..., _type_check(result))
        elif isinstance(args, list):
            flat = tuple(_type_check(a) for a in args) + (_type_check(result),)
        else:
            return _GenericAlias(_abcs.Callable, (_type_check(args), _type_check(result)), "Callable")
        return _GenericAlias(_abcs.Callable, flat, "Callable", Callable)


def _union_getitem(form, params):
    params = _as_tuple(params)
    if not params:
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in params:
        p = _type_check(p)
        members = p.__args__ if isinstance(p, _GenericAlias) and p.__origin__ is Union else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat), "Union", Union)


def _optional_getitem(form, params):
    if isinstance(params, tuple):
        raise TypeError(f"{form} requires a single type. Got {repr(params)[:100]}.")
    return Union[params, None]


def _one_getitem(form, params):
    params = _as_tuple(params)
    if len(params) != 1:
        raise TypeError(f"{form} accepts only single type.")
    return _GenericAlias(form, (_type_check(params[0]),), form._name, form)


def _literal_getitem(form, params):
    return _GenericAlias(form, _as_tuple(params), "Literal", form)


class _AnyForm(_SpecialForm):
    def __call__(self, *args, **kwds):
        raise TypeError("Any cannot be instantiated")


Any = _AnyForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _one_getitem)
Final = _SpecialForm("Final", _one_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
TypeGuard = _SpecialForm("TypeGuard", _one_getitem)


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), None, Annotated)
        self.__metadata__ = metadata

    def __repr__(self):
        extras = ", ".join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


def _annotated_getitem(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _AnnotatedAlias(_type_check(params[0]), params[1:])


Annotated = _SpecialForm("Annotated", _annotated_getitem)

List = _SpecialGenericAlias(list, 1, "List", False)
Dict = _SpecialGenericAlias(dict, 2, "Dict", False)
Set = _SpecialGenericAlias(set, 1, "Set", False)
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet", False)
Tuple = _TupleAlias(tuple, -1, "Tuple", False)
Type = _SpecialGenericAlias(type, 1, "Type", False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
Callable = _CallableAlias(_abcs.Callable, 2, "Callable")
Hashable = _SpecialGenericAlias(_abcs.Hashable, 0, "Hashable")
Sized = _SpecialGenericAlias(_abcs.Sized, 0, "Sized")
Iterable = _SpecialGenericAlias(_abcs.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abcs.Iterator, 1, "Iterator")
Reversible = _SpecialGenericAlias(_abcs.Reversible, 1, "Reversible")
Container = _SpecialGenericAlias(_abcs.Container, 1, "Container")
Collection = _SpecialGenericAlias(_abcs.Collection, 1, "Collection")
Generator = _SpecialGenericAlias(_abcs.Generator, 3, "Generator")
Sequence = _SpecialGenericAlias(_abcs.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abcs.MutableSequence, 1, "MutableSequence")
AbstractSet = _SpecialGenericAlias(_abcs.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abcs.MutableSet, 1, "MutableSet")
Mapping = _SpecialGenericAlias(_abcs.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abcs.MutableMapping, 2, "MutableMapping")
Awaitable = _SpecialGenericAlias(_abcs.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abcs.Coroutine, 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abcs.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abcs.AsyncIterator, 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_abcs.AsyncGenerator, 2, "AsyncGenerator")


class TypeVar:
    """Type variable: `T = TypeVar("T")`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _type_check(bound) if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)
Text = str


class Generic:
    """Abstract base class for generic types: `class Stack(Generic[T])`."""

    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(
                f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables."
            )
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            expected = cls.__dict__.get("__parameters__", ())
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != len(expected):
                raise TypeError(
                    f"Too {'many' if len(params) > len(expected) else 'few'} arguments for {cls};"
                    f" actual {len(params)}, expected {len(expected)}"
                )
        return _GenericAlias(cls, tuple(_type_check(p) for p in params))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        found = []
        for base in cls.__dict__.get("__orig_bases__", ()):
            if isinstance(base, _GenericAlias):
                for p in base.__parameters__:
                    if p not in found:
                        found.append(p)
        cls.__parameters__ = tuple(found)


def _protocol_members(cls):
    names = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ("Protocol", "Generic"):
            continue
        for name in klass.__dict__:
            if not name.startswith("_abc_") and name not in (
                "__module__", "__qualname__", "__doc__", "__dict__", "__weakref__", "__slots__",
                "__parameters__", "__orig_bases__", "__abstractmethods__", "__annotations__",
                "__init__", "__subclasshook__", "_is_protocol", "_is_runtime_protocol", "__init_subclass__",
                "__class_getitem__", "__protocol_attrs__",
            ):
                names.add(name)
        for name in klass.__dict__.get("__annotations__", {}):
            names.add(name)
    return names


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get("_is_protocol", False):
            if not cls.__dict__.get("_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            return all(hasattr(instance, name) for name in _protocol_members(cls))
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __new__(cls, *args, **kwargs):
        if cls is not Protocol and cls.__dict__.get("_is_protocol", False):
            raise TypeError("Protocols cannot be instantiated")
        return super().__new__(cls)


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance()."""
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError(f"@runtime_checkable can be only applied to protocol classes, got {cls!r}")
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    """Return `val` unchanged: the cast is for the type checker."""
    return val


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed."
    )


def overload(func):
    """Decorator for the signatures of an overloaded function."""
    return _overload_dummy


def final(f):
    """Mark a method or class final (for the type checker)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Mark a function or class as not to be type-checked."""
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def reveal_type(obj):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def get_origin(tp):
    """The unsubscripted form of `tp` (`list` for `List[int]`), else None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    origin = getattr(type(tp), "__name__", "")
    if origin in ("GenericAlias", "UnionType"):
        return tp.__origin__ if origin == "GenericAlias" else type(tp)
    return None


def get_args(tp):
    """The arguments `tp` was subscripted with, as a tuple."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._form is Callable and not (len(args) == 2 and args[0] is ...):
            return (list(args[:-1]), args[-1])
        return args
    if type(tp).__name__ in ("GenericAlias", "UnionType"):
        return tp.__args__
    return ()


def _strip_annotated(tp):
    while isinstance(tp, _AnnotatedAlias):
        tp = tp.__origin__
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with string ones evaluated and
    `None` as `NoneType`."""
    if isinstance(obj, type):
        hints = {}
        for klass in reversed(obj.__mro__):
            ns = globalns
            if ns is None:
                module = sys.modules.get(klass.__module__)
                ns = getattr(module, "__dict__", {})
            for name, value in klass.__dict__.get("__annotations__", {}).items():
                hints[name] = _evaluate(value, ns, localns)
    else:
        ns = globalns
        if ns is None:
            ns = getattr(obj, "__globals__", None)
        if ns is None:
            module = sys.modules.get(getattr(obj, "__module__", None))
            ns = getattr(module, "__dict__", None) or getattr(obj, "__dict__", {})
        hints = {name: _evaluate(value, ns, localns) for name, value in getattr(obj, "__annotations__", {}).items()}
    if not include_extras:
        hints = {name: _strip_annotated(value) for name, value in hints.items()}
    return hints


def _evaluate(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, _GenericAlias) and not isinstance(value, _AnnotatedAlias):
        args = tuple(_evaluate(a, globalns, localns) for a in value.__args__)
        if args == value.__args__:
            return value
        if value.__origin__ is Union:
            return Union[args]
        return _GenericAlias(value.__origin__, args, value._name, value._form)
    if isinstance(value, str):
        tokens = _tokenize(value)
        result, rest = _parse_union(tokens, dict(globalns or {}, **(localns or {})))
        if rest:
            raise SyntaxError(f"invalid annotation {value!r}")
        return _type_check(result)
    return value


# closc has no `eval`: string annotations (forward references) are read by a small
# parser of their usual shapes: dotted names, `X[A, B]`, `[A, B]` lists, `A | B`, `None`
# and `...`.


_BUILTIN_TYPES = {
    t.__name__: t
    for t in (int, float, complex, str, bytes, bytearray, bool, list, dict, set, frozenset,
              tuple, type, object, range, slice, memoryview, BaseException, Exception)
}


def _tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isalnum() or c == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in "_."):
                j += 1
            tokens.append(text[i:j])
            i = j
        elif text.startswith("...", i):
            tokens.append("...")
            i += 3
        elif c in "'\"":
            j = text.index(c, i + 1)
            tokens.append(text[i:j + 1])
            i = j + 1
        else:
            tokens.append(c)
            i += 1
    return tokens


def _parse_union(tokens, ns):
    left, tokens = _parse_atom(tokens, ns)
    while tokens and tokens[0] == "|":
        right, tokens = _parse_atom(tokens[1:], ns)
        left = left | right
    return left, tokens


def _parse_atom(tokens, ns):
    if not tokens:
        raise SyntaxError("invalid annotation")
    head, tokens = tokens[0], tokens[1:]
    if head == "...":
        return ..., tokens
    if head == "None":
        return None, tokens
    if head[0] in "'\"":
        return head[1:-1], tokens
    if head == "[":
        items, tokens = _parse_list(tokens, ns, "]")
        return items, tokens
    if head[0].isdigit() or head[0] == "-":
        return int(head), tokens
    first, *attrs = head.split(".")
    if first in ns:
        value = ns[first]
    elif first in _BUILTIN_TYPES:
        value = _BUILTIN_TYPES[first]
    else:
        raise NameError(f"name '{first}' is not defined")
    for attr in attrs:
        value = getattr(value, attr)
    if tokens and tokens[0] == "[":
        items, tokens = _parse_list(tokens[1:], ns, "]")
        value = value[items[0] if len(items) == 1 else tuple(items)]
    return value, tokens


def _parse_list(tokens, ns, close):
    items = []
    while tokens and tokens[0] != close:
        item, tokens = _parse_union(tokens, ns)
        items.append(item)
        if tokens and tokens[0] == ",":
            tokens = tokens[1:]
    return items, tokens[1:]


class NewType:
    """`UserId = NewType("UserId", int)`: a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, namespace):
        if namespace.get("_root", False):
            return super().__new__(mcls, name, bases, namespace)
        annotations = namespace.get("__annotations__", {})
        fields = list(annotations)
        defaults = []
        for field in fields:
            if field in namespace:
                defaults.append(namespace[field])
            elif defaults:
                raise TypeError(
                    f"Non-default namedtuple field {field} cannot follow default field"
                    f"{'s' if len(defaults) > 1 else ''} {', '.join(fields[fields.index(field) - len(defaults):fields.index(field)])}"
                )
        base = collections.namedtuple(name, fields, defaults=defaults, module=namespace.get("__module__"))
        body = {k: v for k, v in namespace.items() if k not in fields and k != "__annotations__"}
        body["__annotations__"] = dict(annotations)
        return type(name, (base,), body)


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple: `class Point(NamedTuple): x: int; y: int = 0`."""

    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, namespace, total=True):
        cls = super().__new__(mcls, name, (dict,) if bases else (), namespace)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        own = namespace.get("__annotations__", {})
        annotations.update(own)
        cls.__annotations__ = annotations
        cls.__total__ = total
        required = set()
        optional = set()
        for base in bases:
            required |= base.__dict__.get("__required_keys__", frozenset())
            optional |= base.__dict__.get("__optional_keys__", frozenset())
        (required if total else optional).update(own)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        return cls

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, instance):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, subclass):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    """A dict with a fixed set of typed keys (class syntax); instances are plain dicts."""
