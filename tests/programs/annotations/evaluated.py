"""Annotations evaluated and stored as CPython 3.11 does."""
import sys

trace = []


def note(label):
    trace.append(label)
    return label


class C:
    "doc"
    x: int = 1
    y: "str"
    if True:
        z: note("class annotation")
    for i in range(2):
        w: note(f"loop {i}")
    (paren): int = 5
    attr_target: note("no name")
    __private: float


print(list(C.__dict__.keys())[:3], C.x, C.paren)
print(C.__annotations__)


class D(C):
    pass


print(D.__annotations__, D.__dict__.get("__annotations__"), C.__annotations__ is C.__annotations__)


def f(a: note("a"), b: "x" = note("default b"), *args: str, c: float, **kw: dict) -> note("return"):
    q: undefined_in_function = 1
    return q


print(f.__annotations__, f(1, c=2))
print(trace)


def g():
    pass


print(g.__annotations__, g.__dict__)
g.__annotations__ = {"x": 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
lam = lambda x: x
print(lam.__annotations__)
a: int = 5
b: list
print(__annotations__)
print(sys.modules[__name__].__annotations__ is __annotations__)
try:
    undefined_target: undefined_annotation = 1
except NameError as e:
    print(e, undefined_target)
