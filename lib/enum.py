"""Enumerations: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`.

Written for closc from the `enum` documentation of Python 3.11. The metaclass `EnumType`
collects the members while the class body runs (its `__prepare__` returns an `_EnumDict`),
then makes each member an instance of the new class and stores it as a class attribute;
calling the class looks a value up, and with more arguments makes a new enumeration (the
functional API).

Missing: `global_enum`, `verify`, `member`/`nonmember`, `_ignore_`, `_order_` checking,
pickling support, and `Enum.__dir__`'s listing.
"""

import sys
import types

__all__ = [
    "EnumType",
    "EnumMeta",
    "Enum",
    "IntEnum",
    "StrEnum",
    "Flag",
    "IntFlag",
    "ReprEnum",
    "auto",
    "unique",
    "property",
    "FlagBoundary",
    "STRICT",
    "CONFORM",
    "EJECT",
    "KEEP",
]

_builtin_property = property


class _Boundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<FlagBoundary." + self.name + ": " + repr(self.name.lower()) + ">"


STRICT = _Boundary("STRICT")
CONFORM = _Boundary("CONFORM")
EJECT = _Boundary("EJECT")
KEEP = _Boundary("KEEP")
FlagBoundary = _Boundary


class _NotGiven:
    def __repr__(self):
        return "_auto_null"


_auto_null = _NotGiven()


class auto:
    """Stands for a member's value, computed by `_generate_next_value_`."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class property(_builtin_property):
    """A property of members (`name`, `value`): read-only, and named in its error."""


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    kind = type(obj)
    return hasattr(kind, "__get__") or hasattr(kind, "__set__") or hasattr(kind, "__delete__")


_ALLOWED_SUNDERS = (
    "_order_",
    "_generate_next_value_",
    "_numeric_repr_",
    "_missing_",
    "_ignore_",
    "_iter_member_",
    "_iter_member_by_value_",
    "_iter_member_by_def_",
)


class _EnumDict(dict):
    """The namespace of an enumeration's body: it records which names are members."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._generate_next_value = None
        self._cls_name = None
        self._auto_called = False

    def __setitem__(self, key, value):
        if self._cls_name is not None and key.startswith("_" + self._cls_name + "__"):
            pass
        elif _is_sunder(key):
            if key not in _ALLOWED_SUNDERS:
                raise ValueError("_sunder_ names, such as %r, are reserved for future Enum use" % (key,))
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, auto):
                self._auto_called = True
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:]
                    )
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                parts = []
                for v in value:
                    if isinstance(v, auto):
                        self._auto_called = True
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:]
                            )
                        v = v.value
                    parts.append(v)
                value = tuple(parts)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    """The builtin type members derive from (`int` for `IntEnum`), or `object`."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if "__new__" in base.__dict__ or base in (int, str, float, bytes, tuple):
                return base
    return object


def _first_enum(bases):
    if not bases:
        return Enum
    last = bases[-1]
    if not isinstance(last, EnumType):
        raise TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`")
    return last


def _high_bit(value):
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


def _flag_bin(num, max_bits):
    digits = bin(num)[2:]
    if len(digits) < max_bits:
        digits = "0" * (max_bits - len(digits)) + digits
    return "0b0 " + digits


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        namespace = _EnumDict()
        namespace._cls_name = cls
        if bases and Enum is not None:
            first = _first_enum(bases)
            namespace._generate_next_value = getattr(first, "_generate_next_value_", None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        if not isinstance(classdict, _EnumDict):
            converted = _EnumDict()
            converted._cls_name = cls
            for key, value in classdict.items():
                converted[key] = value
            classdict = converted
        member_names = list(classdict._member_names)
        body = {}
        values = {}
        for key, value in dict.items(classdict):
            if key in classdict._member_names:
                values[key] = value
            else:
                body[key] = value
        body.pop("_order_", None)
        new_member = body.pop("__new__", None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if bases and Enum is not None:
            member_type = _find_data_type(bases)
            first = _first_enum(bases)
            if new_member is None:
                new_member = first.__dict__.get("_new_member_") if "_new_member_" in first.__dict__ else None
                for base in first.__mro__:
                    if "_new_member_" in base.__dict__:
                        new_member = base.__dict__["_new_member_"]
                        break
        else:
            member_type = object
            first = None
        body["_new_member_"] = new_member
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = member_type
        if "_generate_next_value_" in body and not isinstance(body["_generate_next_value_"], staticmethod):
            body["_generate_next_value_"] = staticmethod(body["_generate_next_value_"])
        is_flag = Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        if boundary is None:
            boundary = body.get("_boundary_")
            if boundary is None:
                for b in bases:
                    boundary = getattr(b, "_boundary_", None)
                    if boundary is not None:
                        break
        if is_flag or boundary is not None:
            body["_boundary_"] = boundary if boundary is not None else STRICT
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if first is not None and member_type is not object:
            # A data type's own str/format/repr would win over Enum's by the MRO
            # (`class Pri(int, Enum)`): put the enumeration's back.
            for name in ("__repr__", "__str__", "__format__"):
                if name not in body:
                    found = getattr(enum_class, name)
                    if found == getattr(member_type, name, None) or found == getattr(object, name, None):
                        type.__setattr__(enum_class, name, getattr(first, name))
        for name in member_names:
            enum_class._add_member_(name, values[name])
        if is_flag:
            mask = 0
            singles = 0
            for member in enum_class._member_map_.values():
                mask |= member._value_
            for name in enum_class._member_names_:
                singles |= enum_class._member_map_[name]._value_
            type.__setattr__(enum_class, "_flag_mask_", mask)
            type.__setattr__(enum_class, "_singles_mask_", singles)
            type.__setattr__(enum_class, "_all_bits_", 2 ** mask.bit_length() - 1)
            values = [m._value_ for m in enum_class]
            type.__setattr__(enum_class, "_by_definition_", values != sorted(values))
        return enum_class

    def _add_member_(cls, name, value):
        member_type = cls._member_type_
        args = value if isinstance(value, tuple) else (value,)
        if member_type is tuple:
            args = (args,)
        new_member = cls._new_member_
        if new_member is not None:
            member = new_member(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                try:
                    member._value_ = member_type(*args)
                except Exception as exc:
                    new_exc = TypeError("_value_ not set in __new__, unable to create it")
                    new_exc.__cause__ = exc
                    raise new_exc
        value = member._value_
        member._name_ = name
        member.__objclass__ = cls
        member._sort_order_ = len(cls._member_names_)
        init = None
        for klass in cls.__mro__:
            if "__init__" in klass.__dict__:
                init = klass.__dict__["__init__"]
                break
        if init is not None and init is not Enum.__dict__["__init__"] and isinstance(init, type(_is_dunder)):
            init(member, *args)
        is_flag = Flag is not None and issubclass(cls, Flag)
        canonical = None
        try:
            canonical = cls._value2member_map_.get(value)
        except TypeError:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    canonical = other
                    break
        if canonical is not None:
            member = canonical
        elif is_flag and isinstance(value, int) and (value <= 0 or value & (value - 1)):
            pass
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        type.__setattr__(cls, name, member)
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if value.__class__ is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        error = None
        result = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and error is None:
            raise not_valid
        if error is None:
            error = TypeError(
                "error in %s._missing_: returned %r instead of None or a valid member" % (cls.__name__, result)
            )
        if not isinstance(error, ValueError):
            error.__context__ = not_valid
        raise error

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        namespace = cls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        names = list(names) if not isinstance(names, dict) else names
        if isinstance(names, list) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            namespace[name] = value
        if module is None:
            module = "__main__"
        namespace["__module__"] = module
        if qualname is not None:
            namespace["__qualname__"] = qualname
        metacls = cls.__class__
        if boundary is None:
            return metacls.__new__(metacls, class_name, bases, namespace)
        return metacls.__new__(metacls, class_name, bases, namespace, boundary=boundary)

    def __init__(cls, *args, **kwds):
        super().__init__(*args)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (member.__class__.__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return types.MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType

Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """The base of enumerations: members are its instances, made when the class is."""

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            raise TypeError("unable to increment %r" % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        value_repr = self.__class__._member_type_.__repr__
        if self.__class__._member_type_ is object:
            value_repr = repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __setattr__(self, name, value):
        if name in ("name", "value"):
            raise AttributeError("<enum %r> cannot set attribute %r" % ("Enum", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in ("name", "value"):
            raise AttributeError("<enum %r> cannot delete attribute %r" % ("Enum", name))
        object.__delattr__(self, name)

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enumeration whose members' `str()` and `format()` are their value's."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """An enumeration whose members are also strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    """An enumeration whose members combine with `|`, `&`, `^` and `~`."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = last_values[-1]
        try:
            high = _high_bit(last)
        except Exception:
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** (high + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            member = cls._value2member_map_.get(bit)
            if member is not None:
                yield member

    @classmethod
    def _iter_member_by_def_(cls, value):
        return iter(sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_))

    @classmethod
    def _iter_member_(cls, value):
        if cls._by_definition_:
            return cls._iter_member_by_def_(value)
        return cls._iter_member_by_value_(value)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        original = value
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s"
                    % (cls, value, _flag_bin(value, width), _flag_bin(flag_mask, width))
                )
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            value = all_bits + 1 + value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        member_value = value & singles_mask
        aliases = value & ~singles_mask
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                wanted = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & wanted == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = "|".join(m._name_ for m in members)
            if not combined:
                pseudo._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo._name_ += "|%s" % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if original != value:
            cls._value2member_map_[original] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls = self.__class__
        value_repr = repr if cls._member_type_ is object else cls._member_type_.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        other = self._other_value(other)
        if other is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ is EJECT or self._boundary_ is KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        if not format_spec:
            return str(self)
        return int.__format__(self, format_spec)

    # int's operators come before Flag's in the MRO: name Flag's here.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__


def unique(enumeration):
    """Class decorator: refuse an enumeration with aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
