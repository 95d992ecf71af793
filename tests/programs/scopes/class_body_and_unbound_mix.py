# Checks UnboundLocalError/NameError messages, class body scoping for methods and comprehensions, class bodies in functions.
x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(e)
def g():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(e)
    y = 3
    return inner()
print(g())
class C:
    a = 1
    b = [a for _ in range(2)] if False else None
    def meth(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(C().meth())
class D:
    y = 5
    try:
        z = [y for _ in range(1)]
    except NameError as e:
        z = str(e)
print(D.z)
class E:
    y = 5
    z = [i for i in range(y)]
print(E.z)
def h():
    v = 1
    class Inner:
        v = 2
        def m(self):
            return v
        w = v
    return Inner().m(), Inner.w
print(h())
def j():
    v = 1
    class Inner:
        try:
            print(v)
        except NameError as e:
            print("class body:", e)
        v = 2
        print(v)
    return v
print(j())
