# Call ABI boundaries: 5..8 slots with kw-only/varargs, captured parameters, rebinding during recursion
def s6(a, b, c, d, e, f): return a + b * c - d + e * f
def s6k(a, b, c, *, d, e, f=6): return (a, b, c, d, e, f)
def s6v(a, b, c, d, *args, **kw): return (a, b, c, d, args, kw)
def s7(a, b, c, d, e, f, g=7): return (a, b, c, d, e, f, g)
def s7k(a, b, c, d, e, f, *, g): return g
def cap(a, b, c, d, e, f, g, h):
    def inner():
        return a + h, b * g
    c = c * 2
    def inner2():
        nonlocal d
        d += 1
        return c, d
    return inner(), inner2(), inner2(), e, f
print(s6(1, 2, 3, 4, 5, 6), s6(*range(6)), s6(1, 2, 3, f=4, e=5, d=6))
print(s6k(1, 2, 3, d=4, e=5), s6k(1, 2, c=3, e=5, d=4, f=0))
print(s6v(1, 2, 3, 4), s6v(1, 2, 3, 4, 5, 6, x=7), s6v(*"abcdefgh", **{"k": 1}))
print(s7(*range(6)), s7(1, 2, 3, 4, 5, 6, 0), s7k(*range(6), g="g"))
print(cap(*range(1, 9)))
for bad in [lambda: s6(1, 2, 3, 4, 5), lambda: s6k(1, 2, 3, 4, 5), lambda: s6k(1, 2, 3, d=1),
            lambda: s7k(1, 2, 3, 4, 5, 6, 7), lambda: s6(1, 2, 3, 4, 5, 6, f=1), lambda: s6v(1, 2, 3),
            lambda: s6(1, 2, 3, 4, 5, 6, z=1), lambda: s6(**{"a": 1}), lambda: s6k(1, 2, 3, d=1, e=2, g=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
# rebinding a function while it recurses
def fact(n):
    global fact
    if n == 3:
        fact = lambda m: 100
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(5), fact(5))
def walker(n):
    return n if n == 0 else walker(n - 1) + 1
w = walker
def walker(n):
    return -1
print(w(3), walker(3))
# functions as defaults and default evaluation time
counter = [0]
def mk():
    counter[0] += 1
    return counter[0]
def dflt(a=mk(), b=[]):
    b.append(a)
    return b
print(dflt(), dflt(), dflt(5), counter)
# method via class rebinding
class Acc:
    def __init__(self): self.t = 0
    def add(self, a, b=1, *c):
        self.t += a + b + sum(c)
        return self
acc = Acc()
print(acc.add(1).add(2, 3).add(1, 1, 1, 1).t)
f = acc.add
Acc.add = lambda self, *a: "replaced"
print(f(1).t, acc.add(1))
print(list(map(Acc.add, [acc, acc], [1, 2])))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=lambda p: (-p[0], p[1])))
import functools, operator
print(functools.reduce(operator.add, [[1], [2], [3]]), functools.reduce(lambda a, b: a * b, range(1, 8), 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p = functools.partial(s6, 1, 2, e=10)
print(p(3, 4, f=1), p(3, 4, 5, 6) if False else p(3, 4, f=0, e=0))
print(list(map(lambda a, b, c: a * b + c, [1, 2], [3, 4], [5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2])), list(map(int, ["1", "2"])), list(map(str.upper, "ab")))
print(max([3, 1, 2], key=lambda v: -v), min("hello", key=ord), sorted({3: 1, 1: 2}.items(), key=operator.itemgetter(1)))
# callable objects
class Call:
    def __call__(self, a, b=2, *c, **d): return (a, b, c, sorted(d))
c = Call()
print(c(1), c(1, 3, 4, x=5), list(map(c, [1, 2])))
def ret_call(): return c
ret_call = Call()
print(ret_call(9))
