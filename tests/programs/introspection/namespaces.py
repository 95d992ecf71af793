# globals(), locals(), vars() and dir(), each reading the namespace of its caller.
"""Module doc."""
import math

x = 1
_hidden = 2


def keys_of(d):
    return [k for k in d if not k.startswith("__")]


print(keys_of(globals()))
print(globals()["x"], globals().get("missing", "absent"), "__name__" in globals())
print(globals()["__name__"], globals()["__doc__"])
print(keys_of(vars()) == keys_of(globals()), keys_of(locals()) == keys_of(globals()))


def f(a, b=2, *args, **kw):
    c = a + b
    if False:
        never = 1
    print(sorted(locals()), locals()["c"])
    print(dir())
    print(vars() == locals())

    def inner():
        return c

    del c
    print({k: v for k, v in locals().items() if k != "inner"}, "inner" in locals())
    return inner


f(1, 3, 4, k=5)


def outer():
    captured = "cell"
    late = None

    def g(p):
        q = p
        print(locals())
        return captured, late

    late = "set later"
    return g


outer()("param")


class C:
    attribute = 1
    print(sorted(k for k in locals() if not k.startswith("__")), locals()["__qualname__"])

    def method(self):
        return dir(self)


print([n for n in C().method() if not n.startswith("__")])
c = C()
c.extra = 5
print(vars(c), [n for n in dir(c) if not n.startswith("_")])
print([n for n in dir(C) if not n.startswith("_")])
print([n for n in dir(math) if n in ("pi", "sqrt", "e")])


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(WithDir()))
try:
    vars(1)
except TypeError as e:
    print(e)
print(sorted(n for n in dir() if not n.startswith("__")))
print([k for k in (lambda z: locals())(7)])
print([locals() for _ in range(1)][0].keys())
