# Attribute and method caches after the classes change: methods redefined on the class or
# a base, instance attributes shadowing methods, properties and __getattr__ added later,
# __getattribute__, and a class attribute changed at every instance creation.


class Base:
    def speak(self):
        return "base"

    def name(self):
        return "Base.name"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.x = 1


def call(o):
    return o.speak(), o.name()


def read_x(o):
    return o.x


leaf = Leaf()
print(call(leaf), read_x(leaf))
Base.speak = lambda self: "base2"
print(call(leaf))
Mid.speak = lambda self: "mid"
print(call(leaf))
Leaf.name = lambda self: "Leaf.name"
print(call(leaf))
del Mid.speak
print(call(leaf))
del Leaf.name
print(call(leaf))

# An instance attribute shadowing a method, inline and in dict mode.
leaf.speak = lambda: "own"
print(call(leaf))
del leaf.speak
print(call(leaf))
other = Leaf()
other.name = lambda: "other's own"
print(call(other), call(leaf))

# A property added after the site cached the instance attribute.
for i in range(3):
    print(read_x(leaf))
    if i == 1:
        Mid.x = property(lambda self: "prop")
del Mid.x
print(read_x(leaf))

# __getattr__ added later answers only missing names.
def missing(o):
    try:
        return o.nothing
    except AttributeError as e:
        return "error: " + str(e)


print(missing(leaf))
Base.__getattr__ = lambda self, n: "getattr " + n
print(missing(leaf), read_x(leaf))
del Base.__getattr__
print(missing(leaf))

# __getattribute__ takes every read, cached or not.
class Loud(Leaf):
    def __getattribute__(self, n):
        if n == "x":
            return "loud x"
        return object.__getattribute__(self, n)


loud = Loud()
for o in [leaf, loud, leaf, loud]:
    print(read_x(o), call(o))
Loud.__getattribute__ = lambda self, n: "always " + n
print(read_x(loud), missing(loud))


# A class attribute counter changed at every instance creation.
class Counted:
    count = 0

    def __init__(self):
        Counted.count += 1
        self.n = Counted.count

    def get(self):
        return self.n


print(sum(Counted().get() for _ in range(100)), Counted.count)
