# Instance attributes against class attributes, properties, methods and __dict__ itself, read
# and written through the same attribute sites for instances that keep their attributes
# inline and instances that have switched to a dict.


class Base:
    kind = "class kind"
    limit = 10

    def greet(self):
        return "hello from " + type(self).__name__

    @property
    def doubled(self):
        return self.value * 2

    @property
    def guarded(self):
        return self._guarded

    @guarded.setter
    def guarded(self, v):
        self._guarded = min(v, self.limit)

    @guarded.deleter
    def guarded(self):
        del self._guarded


def kind(o):
    return o.kind


def greet(o):
    return o.greet()


def value(o):
    return o.value


def set_value(o, v):
    o.value = v


objs = []
for i in range(6):
    o = Base()
    set_value(o, i)
    objs.append(o)
vars(objs[1])  # this one now has a dict
objs[2].__dict__["value"] = "via dict"
del objs[3].value
set_value(objs[3], "re-added")

# Shadowing a class attribute, then un-shadowing it by deleting the instance attribute.
objs[4].kind = "instance kind"
objs[5].__dict__["kind"] = "dict kind"
for o in objs:
    print(kind(o), value(o), greet(o), o.doubled)
del objs[4].kind
del objs[5].kind
print([kind(o) for o in objs])
try:
    del objs[4].kind
except AttributeError as e:
    print("AttributeError:", e)

# A method stored on an instance shadows the class's and is called without self.
objs[0].greet = lambda: "instance lambda"


def shout():
    return "instance function"


objs[1].greet = shout
print([greet(o) for o in objs])
del objs[0].greet
del objs[1].greet
print([greet(o) for o in objs])

# __dict__ changes are seen by attribute reads, and attribute writes by __dict__.
o = Base()
set_value(o, 1)
d = o.__dict__
d["value"] = 99
print(value(o), o.doubled)
set_value(o, 7)
print(d, d is o.__dict__, d is vars(o))
d.clear()
print(hasattr(o, "value"), kind(o))
d["kind"] = "from dict"
print(kind(o))

# Properties win over the instance dict, also when it holds the same name.
p = Base()
p.guarded = 50
print(p.guarded, vars(p))
p.guarded = 3
print(p.guarded)
del p.guarded
print(hasattr(p, "guarded"), vars(p))
p.__dict__["doubled"] = "shadowed?"
p.value = 4
print(p.doubled)
try:
    p.doubled = 1
except AttributeError as e:
    print("AttributeError:", e)


# Subclasses add their own attributes, before and after the base class's.
class Child(Base):
    limit = 100

    def __init__(self, first, v):
        self.first = first
        super().__init__()
        self.value = v
        self.extra = [first, v]

    def greet(self):
        return "child: " + super().greet()


class GrandChild(Child):
    def __init__(self):
        self.zeroth = 0
        super().__init__("g", 5)


for o in (Child("c", 1), Child("d", 2), GrandChild(), Base()):
    o.guarded = 60
    print(type(o).__name__, vars(o), kind(o), greet(o), o.guarded)


# Class attributes changed after instances read them through a site.
class Counter:
    step = 1

    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += self.step
        return self.n


cs = [Counter() for _ in range(3)]
print([c.bump() for c in cs])
Counter.step = 10
print([c.bump() for c in cs])
cs[1].step = 100
print([c.bump() for c in cs])
del cs[1].step
del Counter.step
try:
    cs[0].bump()
except AttributeError as e:
    print("AttributeError:", e)
Counter.step = -1
print([c.bump() for c in cs], [vars(c) for c in cs])


# __getattr__ only for what is missing from the instance and the class.
class Lazy:
    def __init__(self):
        self.here = "here"

    def __getattr__(self, name):
        if name.startswith("lazy_"):
            v = name[5:].upper()
            setattr(self, name, v)
            return v
        raise AttributeError(name)


lz = Lazy()
print(lz.here, lz.lazy_a, lz.lazy_b, list(vars(lz)))
print(lz.lazy_a, getattr(lz, "missing", "default"))


# __setattr__ and __delattr__ of the class see every store and delete.
class Logged:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, v):
        if name != "log":
            self.log.append(("set", name))
        object.__setattr__(self, name, v)

    def __delattr__(self, name):
        self.log.append(("del", name))
        del self.__dict__[name]


lg = Logged()
lg.a = 1
lg.b = 2
del lg.a
lg.a = 3
print(lg.log, vars(lg))
