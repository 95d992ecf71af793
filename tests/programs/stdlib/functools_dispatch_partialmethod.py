from functools import singledispatch, singledispatchmethod, partialmethod, partial, wraps, reduce, lru_cache
import functools
from collections.abc import Sequence, Mapping


@singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(float)
@show.register(complex)
def _(x):
    return f"number {x}"


@show.register
def _(x: list | tuple):
    return "seq " + ", ".join(show(i) for i in x)


@show.register(Mapping)
def _(x):
    return "map " + str(sorted(x))


print(show(3), show(True), show(2.5), show(1j), show("s"), show([1, "a", (2.0,)]), show({"b": 1, "a": 2}))
print(show.dispatch(bool).__name__, show.registry[object] is show.__wrapped__, len(show.registry))


class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(f"cannot {arg!r}")

    @area.register
    def _(self, arg: int):
        return arg * arg

    @area.register
    def _(self, arg: str):
        return len(arg)

    def scale(self, factor, offset=0):
        return factor * 10 + offset

    double = partialmethod(scale, 2)
    triple_plus = partialmethod(scale, 3, offset=1)


s = Shape()
print(s.area(4), s.area("abc"), s.double(), s.triple_plus(), s.double(offset=5))
print(repr(partialmethod(print, 1, x=2)))
for bad in [lambda: show(), lambda: show.register(3), lambda: show.register("x", lambda y: y)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
s.area(2.5)
