# Decorators keeping __name__/__doc__, *args/**kwargs forwarding, dunder classes, builtins and error messages.
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    return wrapper

@memoize
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), fib.__name__, fib.__doc__)

def trace(prefix):
    def deco(func):
        def inner(*a, **kw):
            print(prefix, func.__name__, a, sorted(kw.items()))
            return func(*a, **kw)
        return inner
    return deco

@trace("call:")
@trace("outer:")
def add(a, b=0, *, scale=1):
    return (a + b) * scale
print(add(1, 2, scale=3))
print(add.__qualname__)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), {p: 1}[Point(4, 6)], [p, Point(0, 0)], str(p))

def partial(f, *bound):
    return lambda *rest: f(*bound, *rest)
p3 = partial(pow, 2)
print(p3(10), list(map(partial(max, 5), [1, 7, 3])))
print(list(filter(None, [0, 1, "", "a", None])), list(zip("ab", [1, 2, 3])), dict(zip("xy", (1, 2))))
print(any([]), all([]), sum([1.5, 2.5]), min("bca"), max([3, 1], key=lambda v: -v))
print(divmod(-7, 2), round(2.5), round(3.5), round(2.675, 2), abs(-3.0), int("-12"), float("1e3"))
print(2 ** 100, -(2 ** 64) // 3, (2 ** 64) % -7, 10 ** 20 / 3, 7 // -2, -7 % 3)
s = "Hello, World"
print(s[::-1], s[2:8:2], s.split(", "), s.upper(), s.find("o"), s.replace("l", "L", 2), s.count("l"))
print(",".join(map(str, range(5))), "  x ".strip(), "a-b-c".rsplit("-", 1), "abc".startswith(("x", "a")))
nested = [[1, [2, 3]], {"k": (4, 5)}, {6}]
print(nested, repr("it's"), repr('say "hi"'), repr("both ' and \""), [None, True, 1.0, -0.0])
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    [][3]
except IndexError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    add(1, 2, 3, 4)
except TypeError as e:
    print(e)
