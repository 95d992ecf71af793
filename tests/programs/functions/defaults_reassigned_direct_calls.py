# Direct call sites must observe __defaults__/__kwdefaults__ reassigned at run time
def f(a, b=1, c=2): return (a, b, c)
def k(a, *, x=1, y=2): return (a, x, y)
def g(a, b, c, d, e, f, g=7, h=8): return (a, h, g)
def call_all():
    return f(0), f(0, 9), k(0), k(0, y=5), g(1, 2, 3, 4, 5, 6)
print(call_all())
f.__defaults__ = (10, 20)
k.__kwdefaults__ = {"x": "X", "y": "Y"}
g.__defaults__ = ("G", "H")
print(call_all())
f.__defaults__ = (30,)
try:
    call_all()
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (1, 2, 3)
print(f(0), f(0, 1))
k.__kwdefaults__ = {"x": 0}
try:
    print(k(0))
except TypeError as e:
    print("TypeError:", e)
k.__kwdefaults__["y"] = "late"
print(k(0))
k.__kwdefaults__ = None
print(k.__kwdefaults__)
try:
    k(1)
except TypeError as e:
    print("TypeError:", e)
def m(self, v=5): return v
class C:
    meth = m
c = C()
print(c.meth())
m.__defaults__ = (6,)
print(c.meth(), C.meth(c))
def closure_defaults():
    out = []
    for i in range(3):
        def inner(a, b=i * 10):
            return a + b
        out.append(inner)
    out[0].__defaults__ = (100,)
    return [fn(1) for fn in out]
print(closure_defaults())
lam = lambda a, b=2: a * b
print(lam(3))
lam.__defaults__ = (5,)
print(lam(3), list(map(lam, [1, 2])))
f.__defaults__ = None
print(f.__defaults__)
try:
    f(0)
except TypeError as e:
    print("TypeError:", e)
