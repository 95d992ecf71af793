# A generator function as __iter__, the usual way to make a class iterable: every consumer
# of an iterable accepts the generator it returns, and `in` falls back to __iter__ (or
# __getitem__) when the class has no __contains__.
import collections
import itertools


class Pair:
    def __iter__(self):
        yield 1
        yield 2


print(5 in Pair())
print(1 in Pair())
print(list(Pair()))
for x in Pair():
    print("for", x)
a, b = Pair()
print(a, b)
first, *rest = Pair()
print(first, rest)
print(sorted(Pair(), reverse=True), tuple(Pair()), set(Pair()), frozenset(Pair()))
print(sum(Pair()), min(Pair()), max(Pair()), any(Pair()), all(Pair()))
print(list(zip(Pair(), Pair())), list(map(str, Pair())), list(enumerate(Pair())))
print(",".join(map(str, Pair())), dict.fromkeys(Pair()), dict(zip(Pair(), "ab")))
print(list(itertools.chain(Pair(), Pair())), list(itertools.permutations(Pair())))
print(collections.Counter(Pair()), collections.deque(Pair()))
print([*Pair()], (*Pair(),), [x * 10 for x in Pair()])


def delegate():
    yield from Pair()
    yield 3


print(list(delegate()))


class Wraps:
    """__iter__ returns whatever iterator it was given."""

    def __init__(self, make):
        self.make = make

    def __iter__(self):
        return self.make()


makers = [
    lambda: iter([1, 2]),
    lambda: itertools.count(),
    lambda: iter(collections.deque([1])),
    lambda: map(str, [1]),
    lambda: (x for x in [1]),
    lambda: iter(range(3)),
    lambda: iter({1: 2}),
    lambda: enumerate([1]),
    lambda: reversed([1, 2]),
    lambda: iter({1: 2}.items()),
    lambda: itertools.chain([1]),
    lambda: filter(None, [0, 7]),
    lambda: zip([1], [2]),
    lambda: iter(Pair()),
    lambda: [1],
    lambda: 5,
    lambda: Pair(),
]
for make in makers:
    try:
        it = iter(Wraps(make))
        print(type(it).__name__, next(it))
    except TypeError as e:
        print("TypeError:", e)


class Raises:
    def __iter__(self):
        raise ValueError("boom")


try:
    print(3 in Raises())
except ValueError as e:
    print("ValueError:", e)


class RaisesTypeError:
    def __iter__(self):
        raise TypeError("inner")


for thing in (RaisesTypeError(), Wraps(lambda: 5)):
    try:
        print(3 in thing)
    except TypeError as e:
        print("TypeError:", e)
    try:
        list(thing)
    except TypeError as e:
        print("TypeError:", e)


class Indexed:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)


print(2 in Indexed(), 5 in Indexed(), list(Indexed()))


class Blocked:
    __iter__ = None


for op in (iter, list, lambda v: 1 in v):
    try:
        op(Blocked())
    except TypeError as e:
        print("TypeError:", e)
