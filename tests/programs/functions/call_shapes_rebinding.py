# Calls with 0..8 positional params, keywords, defaults, *args/**kwargs, rebinding
import functools

def f0(): return "f0"
def f1(a): return ("f1", a)
def f2(a, b=2): return ("f2", a, b)
def f3(a, b, c=3): return ("f3", a, b, c)
def f4(a, b, c, d): return a - b + c * d
def f5(a, b, c, d, e=5, *rest): return (a, b, c, d, e, rest)
def f6(a, b, c, d, e, f, **kw): return (a + b + c + d + e + f, sorted(kw.items()))
def f7(a, b, c, d, e, f, g): return [a, b, c, d, e, f, g]
def f8(a, b, c, d, e, f, g, h=8, *, k=9): return (a*b*c*d*e*f*g*h, k)

print(f0(), f1(1), f2(1), f2(1, b=5), f3(1, 2), f3(c=1, b=2, a=3))
print(f4(1, 2, 3, 4), f4(*[1, 2], *(3, 4)), f4(d=4, c=3, b=2, a=1))
print(f5(1, 2, 3, 4), f5(1, 2, 3, 4, 6, 7, 8), f5(*range(10)))
print(f6(1, 2, 3, 4, 5, 6, x=1, y=2), f6(*range(6), **{"z": 0}))
print(f7(*"abcdefg"), f8(1, 2, 3, 4, 5, 6, 7), f8(1, 2, 3, 4, 5, 6, 7, 2, k=0))
print(list(map(f2, [1, 2, 3], [4, 5, 6])), list(map(f1, "ab")))
print(sorted([3, -1, 2, -5], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(functools.reduce(f4.__call__ if False else (lambda x, y: x * 10 + y), [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc + [x * 2], range(4), []))

# errors
for call in [lambda: f1(), lambda: f1(1, 2), lambda: f2(1, a=2), lambda: f3(1, 2, d=5),
             lambda: f7(1, 2, 3), lambda: f8(1, 2, 3, 4, 5, 6, 7, 8, 9),
             lambda: f0(1), lambda: f4(1, 2, 3, 4, 5), lambda: f8(*range(8), 9, k=1),
             lambda: f6(1, 2, 3, 4, 5, 6, a=1), lambda: f2(), lambda: f5(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# rebinding a global function name
def g(x, y): return x + y
def use(): return g(3, 4)
print(use())
def other(x, y): return x * y
g = other
print(use())
g = lambda x, y: (x, y)
print(use())
class G:
    def __init__(self, x, y): self.v = x - y
    def __repr__(self): return "G(%d)" % self.v
g = G
print(use())
g = max
print(use())
g = divmod
print(use())
g = 42
try:
    use()
except TypeError as e:
    print("TypeError:", e)
g = "str"
try:
    use()
except TypeError as e:
    print("TypeError:", e)
g = None
try:
    use()
except TypeError as e:
    print("TypeError:", e)
g = [1]
try:
    use()
except TypeError as e:
    print("TypeError:", e)
del g
try:
    use()
except NameError as e:
    print("NameError:", e)
def g(*a): return a
print(use())

# rebinding inside a loop through the same call site
def h(a): return a + 1
fns = [h, lambda a: a * 2, str, abs, float, h]
out = []
for fn in fns:
    h2 = fn
    out.append(h2(-3))
print(out)
def site(x): return h(x)
vals = []
for i, fn in enumerate([lambda a: a + 100, abs, hex, bool, h]):
    h = fn
    vals.append(site(i - 2))
print(vals)

# methods called with many args
class M:
    def m(self, a, b, c, d, e, f, g):
        return self.k + a + b + c + d + e + f + g
    k = 100
m = M()
print(m.m(1, 2, 3, 4, 5, 6, 7), M.m(m, *range(7)), m.m(g=1, f=1, e=1, d=1, c=1, b=1, a=1))
bound = m.m
print(bound(*[0] * 7))
try:
    m.m(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    M.m(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
