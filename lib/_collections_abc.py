"""Abstract Base Classes for containers (the classes of `collections.abc`).

Written for closc from the `collections.abc` documentation of Python 3.11. Each ABC
recognises the classes defining its protocol's methods (`__subclasshook__`) and has the
builtin containers registered; the mixin methods are the ones programs lean on most
(`Mapping.get`/`keys`/`items`/`values`/`__contains__`, `Sequence.__iter__`/
`__contains__`/`index`/`count`, `Iterator.__iter__`).
"""

from abc import ABCMeta, abstractmethod

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
    "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container",
    "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
    "Sequence", "MutableSequence",
]


def _check_methods(C, *methods):
    """True when a class of C's MRO defines each method (not as None)."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _protocol(name, methods, bases=(), abstract=()):
    """An ABC recognising the classes defining all of `methods`."""

    def __subclasshook__(cls, C):
        if cls is made:
            return _check_methods(C, *methods)
        return NotImplemented

    namespace = {"__slots__": (), "__subclasshook__": classmethod(__subclasshook__)}
    for method in abstract:
        namespace[method] = abstractmethod(lambda self, *args: None)
    made = ABCMeta(name, bases, namespace)
    made.__module__ = "collections.abc"
    return made


Hashable = _protocol("Hashable", ("__hash__",), abstract=("__hash__",))
Awaitable = _protocol("Awaitable", ("__await__",), abstract=("__await__",))
Coroutine = _protocol("Coroutine", ("__await__", "send", "throw", "close"), (Awaitable,),
                      ("send", "throw"))
AsyncIterable = _protocol("AsyncIterable", ("__aiter__",), abstract=("__aiter__",))
AsyncIterator = _protocol("AsyncIterator", ("__anext__", "__aiter__"), (AsyncIterable,),
                          ("__anext__",))
AsyncGenerator = _protocol("AsyncGenerator", ("__aiter__", "__anext__", "asend", "athrow", "aclose"),
                           (AsyncIterator,), ("asend", "athrow"))
Iterable = _protocol("Iterable", ("__iter__",), abstract=("__iter__",))
Iterator = _protocol("Iterator", ("__iter__", "__next__"), (Iterable,), ("__next__",))
Iterator.__iter__ = lambda self: self
Reversible = _protocol("Reversible", ("__reversed__", "__iter__"), (Iterable,), ("__reversed__",))
Generator = _protocol("Generator", ("__iter__", "__next__", "send", "throw", "close"), (Iterator,),
                      ("send", "throw"))
Sized = _protocol("Sized", ("__len__",), abstract=("__len__",))
Container = _protocol("Container", ("__contains__",), abstract=("__contains__",))
Collection = _protocol("Collection", ("__len__", "__iter__", "__contains__"),
                       (Sized, Iterable, Container))
Callable = _protocol("Callable", ("__call__",), abstract=("__call__",))


class Set(Collection):
    """A finite, iterable container of unique elements."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError


class Mapping(Collection):
    """A read-only container of keys with values: `__getitem__`, `__len__` and
    `__iter__` give the rest."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return list(self)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, *default):
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value


class Sequence(Reversible, Collection):
    """A read-only indexable container: `__getitem__` and `__len__` give the rest."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value):
        for i, v in enumerate(self):
            if v is value or v == value:
                return i
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)


for _abc in (Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence):
    _abc.__module__ = "collections.abc"

Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(bytes)
MutableSequence.register(list)
MutableSequence.register(bytearray)
