"""Classes that write their own boilerplate: `@dataclass`.

Written for closc from the `dataclasses` documentation of Python 3.11 (PEP 557). CPython
generates the special methods as source text run by `exec()`; closc has no `exec`, so here
each method is a closure over the class's field list, binding its arguments itself so that
it raises CPython's messages (`P.__init__() missing 1 required positional argument: 'x'`).

Differences: the generated `__doc__` spells annotations with `repr` unless they are
classes.
"""

import copy
import sys
import types

__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "KW_ONLY",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "make_dataclass",
    "replace",
    "is_dataclass",
]

_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif else "
    "except finally for from global if import in is lambda nonlocal not or pass raise "
    "return try while with yield".split()
)


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")


_EMPTY_METADATA = types.MappingProxyType({})


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f"dataclasses.InitVar[{name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = (
        "name",
        "type",
        "default",
        "default_factory",
        "repr",
        "hash",
        "init",
        "compare",
        "metadata",
        "kw_only",
        "_field_type",
    )

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        else:
            self.metadata = types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return (
            f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
            f"default_factory={self.default_factory!r},init={self.init!r},"
            f"repr={self.repr!r},hash={self.hash!r},compare={self.compare!r},"
            f"metadata={self.metadata!r},kw_only={self.kw_only!r},"
            f"_field_type={self._field_type})"
        )

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (
            f"_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},"
            f"order={self.order!r},unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})"
        )


def field(
    *,
    default=MISSING,
    default_factory=MISSING,
    init=True,
    repr=True,
    hash=None,
    compare=True,
    metadata=None,
    kw_only=MISSING,
):
    """Describe one field of a dataclass beyond its annotation and default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    std = tuple(f for f in fields if f.init and not f.kw_only)
    kw = tuple(f for f in fields if f.init and f.kw_only)
    return std, kw


# ---------------------------------------------------------------- annotation kinds


def _split_annotation_string(text):
    """`'typing.ClassVar[int]'` -> ('typing', 'ClassVar'); `'ClassVar'` -> (None, 'ClassVar')."""
    text = text.strip()
    end = text.find("[")
    if end >= 0:
        text = text[:end]
    text = text.strip()
    module = None
    if "." in text:
        module, _, text = text.rpartition(".")
        module = module.strip()
        if not module.isidentifier():
            return None, None
    text = text.strip()
    if not text.isidentifier():
        return None, None
    return module, text


def _string_names(annotation, cls, module_object, wanted):
    """Whether the string `annotation` names `wanted` (an object of `module_object`) in the
    namespace of the module that defines `cls`."""
    module_name, name = _split_annotation_string(annotation)
    if name is None:
        return False
    module = sys.modules.get(cls.__module__)
    namespace = module.__dict__ if module is not None else {}
    if module_name is None:
        return name in namespace and namespace[name] is wanted
    return (
        module_name in namespace
        and namespace[module_name] is module_object
        and getattr(module_object, name, None) is wanted
    )


def _is_classvar(annotation, cls):
    typing = sys.modules.get("typing")
    if typing is None:
        return False
    classvar = getattr(typing, "ClassVar", None)
    if classvar is None:
        return False
    if isinstance(annotation, str):
        return _string_names(annotation, cls, typing, classvar)
    if annotation is classvar:
        return True
    try:
        return getattr(annotation, "__origin__", None) is classvar
    except Exception:
        return False


def _is_initvar(annotation, cls):
    if isinstance(annotation, str):
        return _string_names(annotation, cls, sys.modules[__name__], InitVar)
    return annotation is InitVar or type(annotation) is InitVar


def _is_kw_only(annotation, cls):
    if isinstance(annotation, str):
        return _string_names(annotation, cls, sys.modules[__name__], KW_ONLY)
    return annotation is KW_ONLY


def _get_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING) if name in cls.__dict__ else getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == "member_descriptor":
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _FIELD
    if _is_classvar(annotation, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation, cls):
        f._field_type = _FIELD_INITVAR
    if f._field_type is not _FIELD:
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")
    if f._field_type is _FIELD and type(f.default).__hash__ is None:
        raise ValueError(
            f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory"
        )
    return f


# ---------------------------------------------------------------- generated methods


def _and_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _make_init(cls, std_fields, kw_fields, all_fields, frozen, has_post_init, self_name):
    qualname = cls.__qualname__ + ".__init__"
    std_names = [f.name for f in std_fields]
    kw_names = [f.name for f in kw_fields]
    init_names = set(std_names) | set(kw_names)
    n_required = 0
    for f in std_fields:
        if f.default is MISSING and f.default_factory is MISSING:
            n_required += 1
    initvar_names = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
    plain = [f for f in all_fields if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    set_attr = object.__setattr__

    def __init__(*args, **kwargs):
        if not args:
            raise TypeError(f"{qualname}() missing 1 required positional argument: {self_name!r}")
        self = args[0]
        args = args[1:]
        if len(args) > len(std_names):
            most = len(std_names) + 1
            least = n_required + 1
            if least == most:
                takes = f"{most} positional argument" + ("" if most == 1 else "s")
            else:
                takes = f"from {least} to {most} positional arguments"
            given = len(args) + 1
            was = "was" if given == 1 else "were"
            raise TypeError(f"{qualname}() takes {takes} but {given} {was} given")
        values = {}
        for name, value in zip(std_names, args):
            values[name] = value
        for name, value in kwargs.items():
            if name not in init_names:
                raise TypeError(f"{qualname}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{qualname}() got multiple values for argument {name!r}")
            values[name] = value
        missing = [
            f.name
            for f in std_fields
            if f.name not in values and f.default is MISSING and f.default_factory is MISSING
        ]
        if missing:
            plural = "" if len(missing) == 1 else "s"
            raise TypeError(
                f"{qualname}() missing {len(missing)} required positional argument{plural}: "
                + _and_list(missing)
            )
        missing = [
            f.name
            for f in kw_fields
            if f.name not in values and f.default is MISSING and f.default_factory is MISSING
        ]
        if missing:
            plural = "" if len(missing) == 1 else "s"
            raise TypeError(
                f"{qualname}() missing {len(missing)} required keyword-only argument{plural}: "
                + _and_list(missing)
            )
        for f in plain:
            name = f.name
            if f.init:
                if name in values:
                    value = values[name]
                elif f.default_factory is not MISSING:
                    value = f.default_factory()
                else:
                    value = f.default
                    values[name] = value
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if f._field_type is _FIELD_INITVAR:
                values[name] = value
                continue
            if frozen:
                set_attr(self, name, value)
            else:
                setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[values.get(name) for name in initvar_names])

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(cls, repr_fields):
    names = [f.name for f in repr_fields]
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            parts = [f"{name}={getattr(self, name)!r}" for name in names]
            return self.__class__.__qualname__ + "(" + ", ".join(parts) + ")"
        finally:
            running.discard(key)

    __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
    return __repr__


def _make_compare(cls, name, compare_fields, op):
    names = [f.name for f in compare_fields]

    def method(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, n) for n in names), tuple(getattr(other, n) for n in names))
        return NotImplemented

    method.__name__ = name
    method.__qualname__ = cls.__qualname__ + "." + name
    return method


def _make_hash(cls, hash_fields):
    names = [f.name for f in hash_fields]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))

    __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = cls.__qualname__ + ".__setattr__"
    __delattr__.__qualname__ = cls.__qualname__ + ".__delattr__"
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _format_annotation(annotation):
    if isinstance(annotation, type) and not isinstance(annotation, InitVar):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _signature_text(cls, std_fields, kw_fields):
    def one(f):
        text = f.name + ": " + _format_annotation(f.type)
        if f.default_factory is not MISSING:
            text += " = <factory>"
        elif f.default is not MISSING:
            text += " = " + repr(f.default)
        return text

    parts = [one(f) for f in std_fields]
    if kw_fields:
        parts.append("*")
        parts.extend(one(f) for f in kw_fields)
    return cls.__name__ + "(" + ", ".join(parts) + ")"


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _eq(a, b):
    return a == b


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            base_frozen = base.__dict__["__dataclass_params__"].frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            if not base_frozen:
                all_frozen_bases = False
            if base_frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own_fields = []
    seen_kw_only = False
    for name, annotation in annotations.items():
        if _is_kw_only(annotation, cls):
            if seen_kw_only:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            seen_kw_only = True
            kw_only = True
            continue
        own_fields.append(_get_field(cls, name, annotation, kw_only))

    for f in own_fields:
        fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_fields = list(fields.values())
    real_fields = [f for f in all_fields if f._field_type is _FIELD]
    init_fields = [f for f in all_fields if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_fields, kw_fields = _fields_in_init_order(init_fields)

    if init:
        seen_default = False
        for f in std_fields:
            if f.init:
                if not (f.default is MISSING and f.default_factory is MISSING):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
        has_post_init = hasattr(cls, "__post_init__")
        self_name = "__dataclass_self__" if "self" in fields else "self"
        _set_new_attribute(
            cls, "__init__", _make_init(cls, std_fields, kw_fields, all_fields, frozen, has_post_init, self_name)
        )

    if repr:
        _set_new_attribute(cls, "__repr__", _make_repr(cls, [f for f in real_fields if f.repr]))

    compare_fields = [f for f in real_fields if f.compare]
    if eq:
        _set_new_attribute(cls, "__eq__", _make_compare(cls, "__eq__", compare_fields, _eq))

    if order:
        for name, op in (("__lt__", _lt), ("__le__", _le), ("__gt__", _gt), ("__ge__", _ge)):
            if _set_new_attribute(cls, name, _make_compare(cls, name, compare_fields, op)):
                raise TypeError(
                    f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                    "Consider using functools.total_ordering"
                )

    if frozen:
        setter, deleter = _make_frozen(cls, frozenset(f.name for f in real_fields))
        if _set_new_attribute(cls, "__setattr__", setter):
            raise TypeError(f"Cannot overwrite attribute __setattr__ in class {cls.__name__}")
        if _set_new_attribute(cls, "__delattr__", deleter):
            raise TypeError(f"Cannot overwrite attribute __delattr__ in class {cls.__name__}")

    hash_fields = [f for f in real_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
        cls.__hash__ = _make_hash(cls, hash_fields)
    elif eq and not has_explicit_hash:
        if frozen:
            cls.__hash__ = _make_hash(cls, hash_fields)
        else:
            cls.__hash__ = None

    if not cls.__dict__.get("__doc__"):
        cls.__doc__ = _signature_text(cls, std_fields, kw_fields)

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    if "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    names = tuple(f.name for f in cls.__dataclass_fields__.values() if f._field_type is _FIELD)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for name in base.__dict__.get("__slots__", ()):
            inherited.add(name)
    namespace = dict(cls.__dict__)
    slots = [name for name in names if name not in inherited]
    if weakref_slot:
        slots.append("__weakref__")
    namespace["__slots__"] = tuple(slots)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    qualname = cls.__qualname__
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = qualname
    return new_cls


def dataclass(
    cls=None,
    /,
    *,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    slots=False,
    weakref_slot=False,
):
    """Add `__init__`, `__repr__`, `__eq__` and, as asked, ordering, hashing and
    immutability to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(
            cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot
        )

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of one of its instances, in order."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """Whether `obj` is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _as_inner(obj, factory, named):
    """`asdict` (`named`: the fields as name, value pairs) or `astuple` of `obj`: the
    dataclasses inside become `factory(...)`, containers are rebuilt, leaves deep-copied."""
    if _is_dataclass_instance(obj):
        values = []
        for f in fields(obj):
            value = _as_inner(getattr(obj, f.name), factory, named)
            values.append((f.name, value) if named else value)
        return factory(values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_as_inner(v, factory, named) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_as_inner(v, factory, named) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_as_inner(k, factory, named), _as_inner(v, factory, named)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _as_inner(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _as_inner(obj, tuple_factory, False)


def replace(obj, /, **changes):
    """A new instance of `obj`'s class with `changes` applied to its fields."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(
    cls_name,
    fields,
    *,
    bases=(),
    namespace=None,
    init=True,
    repr=True,
    eq=True,
    order=False,
    unsafe_hash=False,
    frozen=False,
    match_args=True,
    kw_only=False,
    slots=False,
    weakref_slot=False,
    module=None,
):
    """Make a dataclass named `cls_name` from `(name, type[, field])` items."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            annotation = "typing.Any"
        elif len(item) == 2:
            name, annotation = item
        elif len(item) == 3:
            name, annotation, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in _KEYWORDS:
            raise TypeError(f"Field names must not be keywords: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = annotation
    namespace["__annotations__"] = annotations
    if module is None:
        module = "types"
    namespace["__module__"] = module
    cls = type(cls_name, tuple(bases), namespace)
    return dataclass(
        cls,
        init=init,
        repr=repr,
        eq=eq,
        order=order,
        unsafe_hash=unsafe_hash,
        frozen=frozen,
        match_args=match_args,
        kw_only=kw_only,
        slots=slots,
        weakref_slot=weakref_slot,
    )
