# Calls of instances through __call__: replaced, deleted, inherited, staticmethod/classmethod/
# property/builtin __call__, wrong arities, keywords, decorators, stdlib callables.

class F:
    def __call__(self, x):
        return ("F", x)
f = F()
def use(c, *a, **k):
    return c(*a, **k)
print(f(1), use(f, 2), f(x=3))
try:
    f()
except TypeError as e:
    print("TE", e)
try:
    f(1, 2)
except TypeError as e:
    print("TE", e)
try:
    f(y=1)
except TypeError as e:
    print("TE", e)

F.__call__ = lambda self, *a: ("lam", a)
print(f(1), f(1, 2), f())
del F.__call__
try:
    f(1)
except TypeError as e:
    print("TE", e)

class Base:
    def __call__(self, a, b=10):
        return a + b
class Derived(Base):
    pass
d = Derived()
print(d(1), d(1, 2), d(b=5, a=1))
class D2(Base):
    def __call__(self, a):
        return super().__call__(a, 100)
print(D2()(1))

class SM:
    @staticmethod
    def __call__(x):
        return ("static", x)
print(SM()(5))
class CM:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)
print(CM()(6))

class WithGetattr:
    def __getattr__(self, name):
        return lambda *a: ("ga", name, a)
w = WithGetattr()
try:
    w(1)
except TypeError as e:
    print("TE", e)
print(w.foo(1))

# instance attribute __call__ is ignored
class NoCall:
    pass
n = NoCall()
n.__call__ = lambda x: x
try:
    n(1)
except TypeError as e:
    print("TE", e)

# callable instance as default callback in a loop
class Acc:
    def __init__(self):
        self.total = 0
    def __call__(self, v):
        self.total += v
        return self.total
acc = Acc()
for i in [1, 2, 3, 4]:
    acc(i)
print(acc.total, list(map(acc, [10, 20])), sorted([3, 1, 2], key=Acc()))

# __call__ is a callable instance itself
class Inner:
    def __call__(self, *a):
        return ("inner", a)
class Outer:
    __call__ = Inner()
print(Outer()(1, 2))

# __call__ recursion
class Rec:
    def __call__(self, n):
        return 0 if n == 0 else 1 + self(n - 1)
print(Rec()(50))

# generator __call__
class GenCall:
    def __call__(self, n):
        for i in range(n):
            yield i * i
print(list(GenCall()(4)))

# many args
class Many:
    def __call__(self, a, b, c, d, e, f, g=7):
        return a + b + c + d + e + f + g
m = Many()
print(m(1, 2, 3, 4, 5, 6), m(1, 2, 3, 4, 5, 6, 0))
try:
    m(1, 2, 3, 4, 5)
except TypeError as e:
    print("TE", e)

# switching __call__ between calls at same site
def site(o, v):
    return o(v)
class S1:
    def __call__(self, v): return "S1", v
class S2:
    def __call__(self, v, w=0): return "S2", v, w
objs = [S1(), S2(), S1(), len, lambda v: ("lam", v), S2()]
for o in objs:
    try:
        print(site(o, [1]))
    except TypeError as e:
        print("TE", e)
S1.__call__ = S2.__call__
print(site(objs[0], 1))
# keyword-only
class KW:
    def __call__(self, a, *, k):
        return a, k
try:
    KW()(1)
except TypeError as e:
    print("TE", e)
print(KW()(1, k=2))
# a class is callable through its metaclass (type), not __call__
class Cls:
    def __call__(self):
        return "instance call"
print(type(Cls()).__name__, Cls()())

import functools, operator
from collections import defaultdict, Counter
p = functools.partial(pow, 2)
print(p(10), p(3, 5))
class MyPartial(functools.partial):
    def __call__(self, *a, **k):
        return ("mine", super().__call__(*a, **k))
mp = MyPartial(max, 3)
print(mp(1, 7))
ig = operator.itemgetter(1)
ag = operator.attrgetter("real")
mc = operator.methodcaller("upper")
def site(c, v):
    return c(v)
for c, v in [(p, 4), (ig, [5, 6]), (ag, 3), (mc, "ab"), (mp, 9), (len, "xyz")]:
    print(site(c, v))
class Factory:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
fac = Factory()
dd = defaultdict(fac)
print(dd["a"], dd["b"], dd["a"], dict(dd))
@functools.lru_cache(maxsize=None)
def fibm(n):
    return n if n < 2 else fibm(n - 1) + fibm(n - 2)
print(fibm(80))
class Deco:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Deco
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls)
@Deco
def rfact(n):
    return 1 if n < 2 else n * rfact(n - 1)
print(rfact(20), rfact.calls)
print(sorted(["bb", "a", "ccc"], key=Deco(len)))
print(list(map(Deco(str.upper), ["x", "y"])), list(filter(Deco(bool), [0, 1, 2])))
