# RecursionError messages and recovery from several recursion shapes
import sys
sys.setrecursionlimit(120)
def plain(n): return plain(n + 1)
def kw(n, *, step=1): return kw(n=n + step) if False else kw(n + step, step=step)
def va(*a): return va(*a, 1) if len(a) < 10 else va(*a[:5])
class R:
    def __init__(self, d): self.child = R(d + 1)
class Rep:
    def __repr__(self): return "<" + repr(self) + ">"
class Eq:
    def __eq__(self, o): return self == o
def clos():
    def inner(n): return inner(n + 1)
    return inner(0)
def gen(n):
    yield from gen(n + 1)
def lam():
    f = lambda n: f(n + 1)
    return f(0)
for fn in [lambda: plain(0), lambda: kw(0), lambda: va(), lambda: R(0), lambda: repr(Rep()),
           lambda: Eq() == Eq(), clos, lambda: list(gen(0)), lam, lambda: sorted([3, 1], key=lambda v: plain(v))]:
    try:
        fn()
        print("no error")
    except RecursionError as e:
        print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
a = depth()
b = depth()
print(a == b, a > 50)
def deep_ok(n): return 0 if n == 0 else 1 + deep_ok(n - 1)
print(deep_ok(100))
sys.setrecursionlimit(3000)
print(deep_ok(2500))
