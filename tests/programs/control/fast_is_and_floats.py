# `is` / `is not` branches and float-heavy loops (inline boxing, unboxed temps).

a = [1]
b = a
c = [1]
n = None
def check(x, y):
    if x is y:
        return "is"
    elif x is not y:
        return "not"
print(check(a, b), check(a, c), check(n, None), check(1, 1), check(2**70, 2**70 + 0))
s = "abc"
print(check(s, s), check(True, 1 == 1), check(0.5, 0.5))
x = 1.0
y = x
print(check(x, y))
t = 0.0
vals = []
for i in range(2000):
    t = t * 0.999 + i * 0.001
    u = t / 3.0 - 1.5
    if u is None:
        print("bad")
    if i % 400 == 0:
        vals.append(u)
    v = -u
    w = abs(v) ** 0.5
print(t, vals, w)
pts = [(float(i), float(i) * 2.0) for i in range(200)]
cx = 0.0; cy = 0.0
for px, py in pts:
    cx += px / 200.0
    cy += py / 200.0
    d = (px - cx) ** 2 + (py - cy) ** 2
print(cx, cy, d)
fl = [i / 7 for i in range(300)]
acc = []
for f in fl:
    g = f * f
    if g > 100.0:
        acc.append(g - f)
print(len(acc), sum(acc), max(acc))
z = 1e308
print(z * 10, -z * 10, (z * 10) - (z * 10) != 0.0)
import math
print(math.isnan(z * 10 - z * 10), 0.1 + 0.2, 1 / 3, round(2.675, 2), 2.5 // 0.5, -7.5 % 2)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    print(5.0 % 0.0)
except ZeroDivisionError as e:
    print("ZDE", e)
print(float("inf") is float("inf"), [q is None for q in (None, 0, 0.0)])
def cmp(o):
    return "none" if o is None else ("true" if o is True else "other")
print([cmp(o) for o in [None, True, 1, 1.0, False, [], 0]])

def f(a, b):
    d = a * 2.0
    e = d
    r1 = d is e
    s = a + b
    t = s
    if s is t:
        r2 = "same"
    else:
        r2 = "diff"
    if (a * b) is not None:
        r3 = "notnone"
    u = a - b
    v = u
    u2 = u * 1.0
    return r1, r2, r3, u is v, u2 is u, u2 == u
print(f(1.5, 2.5))
def g(xs):
    prev = None
    same = 0
    for x in xs:
        y = x * 1.0
        z = y
        if z is y:
            same += 1
        if prev is not None and prev is y:
            same += 100
        prev = y
    return same
print(g([1.0, 2.0, 3.0]))
def h(a):
    b = a + 0.0
    c = b
    lst = [b, c]
    return lst[0] is lst[1], b is c, id(b) == id(c)
print(h(2.0))
def k(a):
    x = a * 3.0
    y = x
    x += 1.0
    return y is x, x, y
print(k(1.0))
def m(a):
    total = 0.0
    alias = total
    for i in range(3):
        total = total + a
    return alias is total, total
print(m(0.5))
def n(a):
    total = a * 1.0
    alias = total
    return alias is total
print(n(0.5))

class Body:
    __slots__ = ("x", "y", "vx", "vy")
    def __init__(self, x, y):
        self.x = x; self.y = y; self.vx = 0.0; self.vy = 0.0
def steps(bodies, n, dt):
    for _ in range(n):
        for b in bodies:
            for o in bodies:
                if b is o:
                    continue
                dx = o.x - b.x
                dy = o.y - b.y
                d2 = dx * dx + dy * dy + 0.01
                inv = 1.0 / (d2 * d2 ** 0.5)
                b.vx += dx * inv * dt
                b.vy += dy * inv * dt
        for b in bodies:
            b.x += b.vx * dt
            b.y += b.vy * dt
        yield sum(b.x for b in bodies), max(b.vy for b in bodies)
bodies = [Body(float(i), float(i * i % 7)) for i in range(5)]
res = list(steps(bodies, 30, 0.01))
print(res[0], res[-1])
print([round(b.x, 6) for b in bodies])
def mean_var(xs):
    m = 0.0
    for x in xs:
        m += x
    m /= len(xs)
    v = 0.0
    for x in xs:
        v += (x - m) ** 2
    return m, v / len(xs)
print(mean_var([i * 0.37 for i in range(500)]))
print(mean_var(tuple(float(i % 11) for i in range(300))))
acc = []
x = 0.1
for i in range(300):
    x = 3.7 * x * (1.0 - x)
    if i % 60 == 0:
        acc.append(x)
print(acc)
print(sum([0.1] * 10), 0.1 * 3, 1e16 + 1.0, -0.0, 0.0 * -1, float("nan") == float("nan"))
