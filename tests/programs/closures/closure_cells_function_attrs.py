# __closure__ cells, cell_contents read/write, empty cell ValueError, function attributes
import functools
def outer():
    x = 1
    y = [2]
    def inner():
        return x, y
    def setx(v):
        nonlocal x
        x = v
    return inner, setx
inner, setx = outer()
print(len(inner.__closure__), inner.__code__.co_freevars if hasattr(inner, "__code__") else None)
c0, c1 = inner.__closure__
print(c0.cell_contents, c1.cell_contents)
setx(10)
print(c0.cell_contents, inner())
c0.cell_contents = 99
print(inner())
c1.cell_contents.append(3)
print(inner())
print(setx.__closure__[0] is c0)
def mk():
    def f():
        return z
    cl = f.__closure__
    try:
        print(cl[0].cell_contents)
    except ValueError as e:
        print("ValueError:", e)
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    z = 5
    print(cl[0].cell_contents, f())
    del z
    try:
        cl[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    try:
        f()
    except NameError as e:
        print("NameError:", e)
    cl[0].cell_contents = "set"
    print(f())
    del cl[0].cell_contents
    try:
        f()
    except NameError as e:
        print("NameError:", e)
mk()
def plain(): pass
print(plain.__closure__)
print(plain.__name__, plain.__qualname__, inner.__name__, inner.__qualname__)
plain.__name__ = "renamed"
plain.__qualname__ = "Q.renamed"
print(plain.__name__, plain.__qualname__)
print(plain.__dict__)
plain.tag = "t"
plain.count = 0
plain.count += 1
print(sorted(plain.__dict__.items()))
def d(a, b=2, *c, e=5, f, **g): return (a, b, c, e, f, g)
print(d.__defaults__, d.__kwdefaults__)
d.__defaults__ = (20,)
d.__kwdefaults__ = {"f": 6, "e": 7}
print(d(1))
d.__defaults__ = (10, 20)
print(d(f=0))
d.__defaults__ = None
try:
    d(1, f=0)
except TypeError as e:
    print("TypeError:", e)
d.__kwdefaults__ = None
try:
    d(1, 2)
except TypeError as e:
    print("TypeError:", e)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@deco
def add(a, b=1):
    "adds"
    return a + b
print(add(1), add(2, 3), add.calls, add.__name__, add.__doc__, add.__wrapped__(5))
print(add.__qualname__, add.__dict__["calls"], add.__dict__["__wrapped__"] is add.__wrapped__)
# closures in loops and comprehensions
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs = []
for i in range(3):
    def cl(j=i): return i * 10 + j
    fs.append(cl)
print([f() for f in fs], len({f.__closure__ is None for f in fs}))
def cnt():
    tot = 0
    def acc(n):
        nonlocal tot
        tot += n
        return tot
    return acc
a = cnt()
s = 0
for k in range(3000):
    s = a(1)
print(s, a.__closure__[0].cell_contents)
mk2 = [ (lambda v: (lambda: v))(k) for k in range(2000)]
print(sum(f() for f in mk2))
