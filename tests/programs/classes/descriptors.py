# Descriptors: data and non-data, __set_name__, and their precedence over instance dicts.


class Typed:
    """A data descriptor checking the type of what is stored."""

    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.storage)


class Lazy:
    """A non-data descriptor: the instance dict wins once set."""

    def __init__(self, func):
        self.func = func

    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        return value


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm(self):
        print("computing norm")
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p.x, p.y, p.__dict__)
print(p.norm, p.norm, Point.norm)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.x)
print(isinstance(Point.x, Typed), Point.x.name)
p.__dict__["y"] = "in dict"
print(p.y)


class Constant:
    def __get__(self, obj, objtype=None):
        return 42


class Holder:
    c = Constant()


h = Holder()
h.c = "shadowed"
print(h.c, Holder.c)


class Readonly:
    def __get__(self, obj, objtype=None):
        return "ro"

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class R:
    v = Readonly()


r = R()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.v)


class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("boom")


try:
    class E:
        d = Fails()
except RuntimeError as e:
    print(e, repr(e.__cause__))
for i in range(3):
    p2 = Point(i, i)
    print(p2.x + p2.y, end=" ")
print()
