"""Abstract Base Classes (PEP 3119).

Written for closc from the `abc` documentation of Python 3.11: the metaclass `ABCMeta`
(abstract methods gathered into `__abstractmethods__`, virtual subclasses through
`register`, `isinstance`/`issubclass` asking `__subclasshook__`), the helper class `ABC`,
the decorator `abstractmethod` and its deprecated companions, `get_cache_token` and
`update_abstractmethods`.

A class with abstract methods refuses instantiation in `ABCMeta.__call__` (CPython refuses
it in `object.__new__`). Results of `issubclass` are not cached: each check walks the
registry again.
"""

__all__ = [
    "ABCMeta",
    "ABC",
    "abstractmethod",
    "abstractclassmethod",
    "abstractstaticmethod",
    "abstractproperty",
    "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Mark `funcobj` abstract: a class created by ABCMeta that has it (or inherits it
    without overriding it) cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod:
    """A classmethod that is also abstract (deprecated: stack `classmethod` on
    `abstractmethod` instead).

    closc cannot derive from `classmethod`: this is a descriptor binding as one does."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, obj, owner=None):
        if owner is None:
            owner = type(obj)
        return classmethod(self.__func__).__get__(obj, owner)


class abstractstaticmethod:
    """A staticmethod that is also abstract (deprecated: stack `staticmethod` on
    `abstractmethod` instead).

    closc cannot derive from `staticmethod`: this is a descriptor returning the function."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, obj, owner=None):
        return self.__func__


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack `property` on
    `abstractmethod` instead)."""

    __isabstractmethod__ = True


# Bumped by every `register`, so that a caller caching `isinstance` answers knows when
# they may have changed.
_registrations = 0


def get_cache_token():
    """An opaque value that changes whenever a virtual subclass is registered with any
    abstract base class."""
    return _registrations


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _gather_abstracts(cls, own):
    """The names of `cls` still abstract: those of `own` (name -> value pairs defined by
    the class itself), and those its bases left abstract that it does not override."""
    names = set()
    for name, value in own:
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _subclasshook(cls, subclass):
    """`cls.__subclasshook__(subclass)`; closc's classes do not inherit object's, which
    answers NotImplemented."""
    for klass in cls.__mro__:
        if klass is not object and "__subclasshook__" in klass.__dict__:
            return cls.__subclasshook__(subclass)
    return NotImplemented


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    A class made by it may be given virtual subclasses with `register`: they (and their
    own subclasses) pass `issubclass` and their instances `isinstance`, without the ABC
    appearing in their MRO or its methods becoming theirs.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _gather_abstracts(cls, namespace.items())
        cls._abc_registry = []
        # The classes deriving from this one (`type.__subclasses__`, which closc's
        # metaclasses do not reach): a class registered with one is a subclass here too.
        cls._abc_children = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_children.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        pending = cls.__dict__.get("__abstractmethods__")
        if pending:
            names = sorted(pending)
            raise TypeError(
                "Can't instantiate abstract class %s with abstract method%s %s"
                % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names))
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Make `subclass` a virtual subclass of this ABC; returns it, so that this can
        decorate a class."""
        global _registrations
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _registrations += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        declared = getattr(instance, "__class__", None)
        actual = type(instance)
        if declared is None or declared is actual:
            return cls.__subclasscheck__(actual)
        return cls.__subclasscheck__(declared) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        answer = _subclasshook(cls, subclass)
        if answer is not NotImplemented:
            if answer is not True and answer is not False:
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            return answer
        if cls in subclass.__mro__:
            return True
        for virtual in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, virtual):
                return True
        for real in cls.__dict__.get("_abc_children", ()):
            if issubclass(subclass, real):
                return True
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: print the ABC's registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {cls._abc_registry!r}", file=file)


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` after methods were added to or removed from
    the class once it was created (as a class decorator would). Returns `cls`."""
    if not hasattr(cls, "__abstractmethods__"):
        # Not an ABC: nothing tracks its abstract methods.
        return cls
    cls.__abstractmethods__ = _gather_abstracts(cls, list(cls.__dict__.items()))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: derive from it to make an abstract base class without naming the
    metaclass."""

    __slots__ = ()
