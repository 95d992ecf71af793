# Int clones (adversarial): __defaults__ changes, keyword calls, same-named functions in class
# bodies and nested scopes, functions that rebind themselves.
def f(n, m=1):
    if n <= 0:
        return m
    return f(n - 1, m) + m
print(f(5), f(5, 3), f(5, m=2))
try:
    print(f(5, None))
except TypeError as e:
    print("TE", e)
f.__defaults__ = (2**70,)
print(f(3))
f.__defaults__ = (2.5,)
print(f(3))
f.__defaults__ = ("a",)
try:
    print(f(3))
except TypeError as e:
    print("TE", e)
f.__defaults__ = None
try:
    print(f(3))
except TypeError as e:
    print("TE", e)
f.__defaults__ = (7,)
print(f(3))
def g(n):
    if n == 0:
        return 0
    return g(n - 1) + 1
try:
    g()
except TypeError as e:
    print("TE", e)
try:
    g(1, 2)
except TypeError as e:
    print("TE", e)
print(g(n=5))
try:
    g(m=5)
except TypeError as e:
    print("TE", e)
print(g(*[4]), g(**{"n": 6}))
class C:
    def g(n):
        if n == 0:
            return 0
        return g(n - 1) + 10
    def h(self, n):
        if n == 0:
            return 0
        return g(n - 1) + 100
print(C.g(3), C().h(3))
def outer():
    def g(n):
        if n == 0:
            return 0
        return g(n - 1) + 1000
    return g
print(outer()(3))
def k(n):
    global k
    if n == 0:
        return 0
    return k(n - 1) + 1
print(k(4))
def rebinder(n):
    global rebinder
    if n == 0:
        rebinder = lambda n: 99
        return 0
    return rebinder(n - 1) + 1
print(rebinder(3), rebinder(3))
