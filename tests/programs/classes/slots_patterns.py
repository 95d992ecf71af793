# Slots together with __getattr__, properties, other descriptors, __setattr__, super(),
# subclasses of builtin types, exceptions and the patterns dataclass-like code uses.
class Lazy:
    __slots__ = ("x", "calls")

    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return "computed " + name


z = Lazy()
print(z.x, z.other, z.calls)
z.x = "set"
print(z.x, z.calls)
del z.x
print(z.x)


class Temperature:
    __slots__ = ("_celsius",)

    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("too cold")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError", e)


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name[1:]} must be positive")
        setattr(obj, self.name, value)


class Order:
    __slots__ = ("_qty", "_price")
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


o = Order(3, 4)
print(o.total(), o._qty)
try:
    o.qty = 0
except ValueError as e:
    print("ValueError", e)


class Logged:
    __slots__ = ("a", "log")

    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)


g = Logged()
g.a = 1
del g.a
try:
    g.b = 2
except AttributeError as e:
    print("AttributeError", e)
print(g.log)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self.__slots__)

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in self.__slots__))

    def replace(self, **changes):
        new = type(self).__new__(type(self))
        for n in self.__slots__:
            setattr(new, n, changes.get(n, getattr(self, n)))
        return new


p = Point(1, 2)
print(p, p == Point(1, 2), p.replace(y=5), len({p, Point(1, 2), Point(2, 1)}))


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return super().__repr__() + f"+z={self.z}"


print(Point3(1, 2, 3), [type(v).__name__ for v in vars(Point3).values()][:3])


class Stack(list):
    __slots__ = ("pushes",)

    def __init__(self, *items):
        super().__init__(items)
        self.pushes = 0

    def push(self, v):
        self.pushes += 1
        self.append(v)


s = Stack(1, 2)
s.push(3)
print(s, s.pushes, len(s), Stack.pushes)
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError", e)


class Meters(float):
    __slots__ = ("unit",)


m = Meters(2.5)
m.unit = "m"
print(m * 2, m.unit, repr(m))


class Registry(dict):
    __slots__ = ("name", "__dict__")


r = Registry(a=1)
r.name = "reg"
r.extra = True
print(r, r.name, r.__dict__)


class Tag(str):
    __slots__ = ("kind",)


tag = Tag("hello")
tag.kind = "greeting"
print(tag.upper(), tag.kind, tag + "!")


class AppError(Exception):
    __slots__ = ("code",)

    def __init__(self, message, code):
        super().__init__(message)
        self.code = code


try:
    raise AppError("failed", 7)
except AppError as e:
    print(e, e.code, e.__dict__, AppError.code)
    e.note = "x"
    print(e.__dict__)


class Counter:
    __slots__ = ("n",)


counters = [Counter() for _ in range(3)]
for i in range(300):
    c = counters[i % 3]
    try:
        c.n += i
    except AttributeError:
        c.n = i
print([c.n for c in counters])


class Shape:
    __slots__ = ("sides",)


class Square(Shape):
    __slots__ = ("size",)


class Free(Shape):
    pass


def describe(shape):
    return shape.sides


shapes = []
for i in range(6):
    sh = (Square(), Free(), Shape())[i % 3]
    sh.sides = i
    shapes.append(sh)
print([describe(sh) for sh in shapes])
f = Free()
for i in range(40):
    setattr(f, f"a{i}", i)
f.sides = 4
print(f.sides, len(vars(f)), "sides" in vars(f))
