# Calling a class runs __init__ on a new instance; every way the class, its bases or its
# metaclass can change what a call does must be seen, also after instances exist.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(cls, *args):
    return cls(*args)


def show(p):
    print(type(p).__name__, sorted(vars(p).items()) if hasattr(p, "__dict__") else p)


for i in range(3):
    show(Point(i, i + 1))

# Wrong argument counts: CPython's messages.
for args in [(1,), (), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Point(1)
except TypeError as e:
    print("direct:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("direct:", e)
try:
    Point(1, z=2)
except TypeError as e:
    print("kw:", e)
show(Point(y=5, x=4))


# Rebinding __init__ after instances exist.
def other_init(self, x, y):
    self.sum = x + y


Point.__init__ = other_init
show(Point(2, 3))
del Point.__init__
try:
    Point(1, 2)
except TypeError as e:
    print("no init:", e)
show(Point())
Point.__init__ = lambda self, x, y=10: setattr(self, "x", x * y)
show(Point(3))
show(Point(3, 2))


# __init__ returning something else.
class Bad:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)


# An exception in the middle of __init__.
class Half:
    def __init__(self, n):
        self.a = 1
        if n:
            raise ValueError(n)
        self.b = 2


for n in [0, 1, 0]:
    try:
        show(Half(n))
    except ValueError as e:
        print("ValueError:", e)


# Subclasses: inherited __init__, then a base gaining __new__ or a new __init__.
class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


show(Derived(1))
Base.__init__ = lambda self, v: setattr(self, "w", v * 2)
show(Derived(2))


def base_new(cls, *args):
    print("new", cls.__name__, args)
    return object.__new__(cls)


Base.__new__ = base_new
show(Derived(3))
Base.__new__ = lambda cls, *args: object.__new__(cls)
show(Derived(4))


# __new__ returning another type skips __init__.
class Weird:
    def __new__(cls, v):
        return v

    def __init__(self, v):
        print("never")


print(Weird(7), Weird("s"))


# A metaclass with __call__.
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        self.a = a


show(WithMeta(1))


# __slots__ classes and classes with properties and __setattr__.
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


s = Slotted(1, 2)
print(s.a, s.b)
try:
    Slotted(1)
except TypeError as e:
    print("TypeError:", e)


class Guarded:
    def __init__(self, v):
        self.v = v

    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)


show(Guarded(3))


# __init__ as a staticmethod-like callable object, a builtin and a generator.
class CallInit:
    def __call__(self, inst, v):
        print("CallInit", v)


class C2:
    pass


C2.__init__ = CallInit()
try:
    C2(1)
except TypeError as e:
    print("TypeError:", e)


class StaticInit:
    @staticmethod
    def __init__(*args):
        print("static init", args)


class ClassInit:
    @classmethod
    def __init__(cls, *args):
        print("class init", cls.__name__, args)


StaticInit(1)
ClassInit(2)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


# A class whose __init__ has defaults, keyword-only arguments and *args.
class Flex:
    def __init__(self, a, b=2, *rest, c=3, **kw):
        self.t = (a, b, rest, c, sorted(kw.items()))


for args in [(1,), (1, 5), (1, 5, 6, 7)]:
    print(Flex(*args).t)
print(Flex(1, c=9, z=0).t)
try:
    Flex()
except TypeError as e:
    print("TypeError:", e)

# Recursion through __init__.
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(50)
depth = 0
while d.child:
    d, depth = d.child, depth + 1
print(depth)

# Calling the class through a variable, and many times.
k = Point
Point.__init__ = other_init
total = 0
for i in range(1000):
    total += k(i, 1).sum
print(total)
print(make(Point, 1, 2).sum)
Point(1)
