# collections.abc: structural isinstance checks, registered builtins, mixin methods.
import collections.abc
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Mapping, MutableMapping, Sequence, MutableSequence, Generator,
                             Collection, Awaitable, Set, MutableSet)

print(collections.abc.Iterable, Mapping.__module__)
values = [[], (), {}, set(), frozenset(), "s", b"b", range(3), 5, None, iter([]), len,
          (x for x in ())]
for abc in (Iterable, Iterator, Sized, Container, Hashable, Callable, Mapping, MutableMapping,
            Sequence, MutableSequence, Generator, Collection, Set, MutableSet):
    print(abc.__name__, "".join("1" if isinstance(v, abc) else "0" for v in values))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(isinstance(Countdown(3), Iterator), issubclass(Countdown, Iterable), list(Countdown(3)))


class Registry(Mapping):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)


r = Registry(a=1, b=2)
print(len(r), r["a"], r.get("z", 0), "b" in r, "z" in r, list(r.keys()), list(r.items()),
      list(r.values()), r == {"a": 1, "b": 2}, isinstance(r, Mapping), isinstance(r, MutableMapping))


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


s = Store()
s.update({"x": 1}, y=2)
print(s.setdefault("z", 3), s.pop("x"), s.pop("nope", "dflt"), sorted(s), len(s))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


sq = Squares(5)
print(list(sq), 9 in sq, 7 in sq, sq.index(16), sq.count(4), list(reversed(sq)))


class Half(Sequence):
    def __getitem__(self, i):
        return i


try:
    Half()
except TypeError as e:
    print("TypeError:", e)

try:
    sq.index(5)
except ValueError:
    print("ValueError")

Store.pop(s, "missing")
