# Capture by value: every construct that rebinds a captured name keeps the cell; reads
# before the only assignment, closures made before it, and values seen through classes,
# decorators, defaults, generators, recursion and code objects.
import sys

# 1. read of the owner's local before its only assignment
def f1():
    try:
        print(x)
    except UnboundLocalError as e:
        print("ULE", e)
    x = 5
    return lambda: x
print(f1()())

# 2. closure created before the assignment, in a compound statement
def f2(flag):
    if flag:
        g = lambda: x
    x = 7
    return g
print(f2(True)())

# 3. closure created before, called before assignment
def f3():
    def g():
        return x
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    x = 1
    return g()
print(f3())

# 4. assigned expression raises; closure after is never made
def f4():
    x = 1 // 0
    return lambda: x
try:
    f4()
except ZeroDivisionError as e:
    print("zde", e)

# 5. walrus in comprehension rebinding
def f5(a):
    g = lambda: a
    [(a := i) for i in range(3)]
    return g()
print(f5(10))

def f5b():
    x = 1
    g = lambda: x
    print([(x := i * 2) for i in range(3)], g())
    return g
print(f5b()())

# 6. match capture
def f6(v):
    x = 0
    g = lambda: x
    match v:
        case [x, *_]:
            pass
        case _:
            pass
    return g()
print(f6([9, 8]))

# 7. nonlocal deep
def f7(a):
    def mid():
        def inner():
            nonlocal a
            a += 1
            return a
        return inner
    get = lambda: a
    inc = mid()
    inc(); inc()
    return get()
print(f7(5))

# 8. for/with/except targets
class CM:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return False
def f8():
    x = "start"
    g = lambda: x
    with CM() as x:
        print(g())
    for x in range(2):
        pass
    print(g())
    try:
        raise KeyError("k")
    except KeyError as x:
        print(repr(g()))
    try:
        g()
    except NameError as e:
        print("after except:", e)
f8()

# 9. import rebinding
def f9():
    math = 1
    g = lambda: math
    import math
    return g() is math
print(f9())

# 10. del
def f10():
    x = 3
    g = lambda: x
    del x
    try:
        g()
    except NameError as e:
        print(e)
f10()

# 11. class body inside function, methods capture, __class__ and super
def f11(base_val):
    factor = base_val * 3
    class Base:
        def val(self):
            return base_val
    class Derived(Base):
        k = factor
        def val(self):
            return super().val() + factor + self.k
        def cls(self):
            return __class__.__name__
    return Derived
D = f11(2)
print(D().val(), D().cls(), D.k)

# 12. decorators and default args
def f12(tag):
    prefix = "<" + tag + ">"
    def deco(fn):
        def wrapper(*args, sep=prefix):
            return sep + fn(*args)
        return wrapper
    @deco
    def hello(n, p=prefix):
        return p * n
    return hello
print(f12("b")(2))

# 13. generator capturing
def f13(n):
    base = [n]
    def gen():
        for i in range(3):
            yield base[0] + i
    base.append(1)
    return gen()
print(list(f13(4)))

# 14. generator function owning a frozen var
def f14(seed):
    k = seed * 2
    yield (lambda: k)
    yield (lambda: seed)
print([g() for g in f14(5)])

# 15. recursion
def f15(n):
    def fact(m):
        return 1 if m <= 1 else m * fact(m - 1)
    step = 2
    def evens(m):
        return [] if m < 0 else evens(m - step) + [m]
    return fact(n), evens(n)
print(f15(6))

# 16. code object introspection
def f16(a, b):
    c = a + b
    def inner():
        return a, c
    return inner
fn = f16(1, 2)
print(fn.__code__.co_freevars, f16.__code__.co_cellvars)
print([c.cell_contents for c in fn.__closure__] if False else fn())
print(fn.__closure__[0].cell_contents, fn.__closure__[1].cell_contents)

# 17. global declared in nested function
x = "global"
def f17():
    x = "local"
    g = lambda: x
    def h():
        global x
        x = "changed"
    h()
    return g(), x
print(f17(), x)

# 18. try/finally
def f18():
    x = 1
    try:
        return lambda: x
    finally:
        pass
print(f18()())

def f19():
    try:
        x = 1
    finally:
        g = lambda: x
    return g()
print(f19())

# 20. lambda param rebinding by walrus inside lambda
h = lambda a: (lambda: a, (a := a + 1))[0]()
print(h(1))
h2 = lambda a: [(lambda: a) for _ in range(1)][0]()
print(h2(3))
