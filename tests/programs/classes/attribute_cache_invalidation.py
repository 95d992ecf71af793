# Checks that attribute sites give the same answers when what they saw before changes:
# several classes at one site, shadowing, methods and properties replaced at run time,
# deleted attributes, different key orders, and builtin objects at the same sites.
import math


class A:
    kind = "A"

    def __init__(self, v):
        self.v = v

    def who(self):
        return "A.who"


class B:
    kind = "B"

    def __init__(self, v):
        self.w = 0
        self.v = v

    def who(self):
        return "B.who"


def get_v(o):
    return o.v


def get_kind(o):
    return o.kind


def call_who(o):
    return o.who()


def set_v(o, x):
    o.v = x


# One site, instances of several classes in turn (different key positions too).
objs = [A(1), B(2), A(3), B(4)]
for _ in range(3):
    print([get_v(o) for o in objs], [get_kind(o) for o in objs], [call_who(o) for o in objs])
for i, o in enumerate(objs):
    set_v(o, i * 10)
print([get_v(o) for o in objs], [sorted(vars(o)) for o in objs])

# A class attribute read at a hot site, then shadowed by an instance attribute.
a = A(5)
for _ in range(3):
    print(get_kind(a), end=" ")
a.kind = "instance"
print(get_kind(a), get_kind(A(0)))
del a.kind
print(get_kind(a))

# Shadowing through __dict__ directly and through setattr().
a.__dict__["kind"] = "via __dict__"
print(get_kind(a))
del a.__dict__["kind"]
setattr(a, "kind", "via setattr")
print(get_kind(a))
del a.kind

# A method shadowed by an instance attribute holding a callable.
a.who = lambda: "instance lambda"
print(call_who(a), call_who(A(0)))
del a.who
print(call_who(a))

# A method replaced on the class after the site was hot.
for _ in range(3):
    call_who(a)
A.who = lambda self: "replaced A.who " + str(self.v)
print(call_who(a), call_who(B(0)))
del A.who
try:
    call_who(a)
except AttributeError as e:
    print("AttributeError:", e)
A.who = lambda self: "restored"
print(call_who(a))

# Class attribute changed on the class, on a base class, and then deleted.
A.kind = "A2"
print(get_kind(a))


class Sub(A):
    pass


s = Sub(7)
print(get_kind(s), get_v(s), call_who(s))
A.kind = "A3"
print(get_kind(s))
Sub.kind = "Sub"
print(get_kind(s), get_kind(a))
del Sub.kind
print(get_kind(s))

# A property added to a class later takes precedence over the instance dict.
p = A(1)
for _ in range(3):
    get_v(p)
    set_v(p, 2)
A.v = property(lambda self: "prop", lambda self, x: print("setter got", x))
print(get_v(p), get_v(a))
set_v(p, 99)
print(vars(p))
del A.v
print(get_v(p))
set_v(p, 3)
print(get_v(p))

# A read-only property: assignment raises.
A.v = property(lambda self: "ro")
try:
    set_v(p, 4)
except AttributeError:
    print("AttributeError (read-only property)")
del A.v


# Properties with getter/setter/deleter, through the same sites.
class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, x):
        self._v = x

    @v.deleter
    def v(self):
        print("deleting v")
        self._v = -1

    def who(self):
        return "P.who"


q = P()
set_v(q, 21)
print(get_v(q), call_who(q))
del q.v
print(get_v(q))

# Deleted and re-added attributes (the key moves to the end of the dict).
b = B(1)
print(get_v(b))
del b.v
try:
    get_v(b)
except AttributeError as e:
    print("AttributeError:", e)
b.x = 5
b.v = 6
print(get_v(b), list(vars(b)))
set_v(b, 7)
print(get_v(b), list(vars(b)))

# Many attributes (a dict with an index), deleted in the middle.
big = A(0)
for k in range(20):
    setattr(big, "a" + str(k), k)
print(get_v(big))
set_v(big, 100)
del big.a3
print(get_v(big), big.a19, len(vars(big)))


# __getattr__ only for missing names; __setattr__ intercepts stores.
class G:
    kind = "G"

    def __init__(self):
        self.v = 1

    def __getattr__(self, name):
        return "missing " + name


g = G()
print(get_v(g), get_kind(g), g.other)
del g.v
print(get_v(g))


class S:
    def __setattr__(self, name, value):
        print("__setattr__", name, value)
        object.__setattr__(self, name, value * 2)


t = S()
set_v(t, 5)
print(get_v(t))


# classmethod, staticmethod and callable class attributes at a method site.
class M:
    @classmethod
    def who(cls):
        return "classmethod of " + cls.__name__

    kind = staticmethod(lambda: "static kind")


print(call_who(M()), get_kind(M())())
M.who = staticmethod(lambda: "static who")
print(call_who(M()))

# Exceptions, modules, classes and builtin objects through the same sites.
e = ValueError("boom")
e.v = "exc attr"
print(get_v(e))


class HasV:
    v = "class attr v"
    kind = "class kind"


print(get_v(HasV), get_kind(HasV))
math.v = "module v"
print(get_v(math))
math.v = "module v2"
print(get_v(math))
del math.v
try:
    get_v(math)
except AttributeError as e2:
    print("AttributeError:", e2)


def call_upper(o):
    return o.upper()


print(call_upper("abc"), call_upper(A(0).__class__.__name__))
try:
    call_upper([1])
except AttributeError as e3:
    print("AttributeError:", e3)


def append_to(o, x):
    o.append(x)
    return o


class Appender:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)


ap = Appender()
print(append_to([1], 2), append_to(ap, 3).items, append_to([], 4))


def get_sqrt(m):
    return m.sqrt(16)


print(get_sqrt(math))


# super() objects and bound methods at a hot site.
class Base:
    def who(self):
        return "Base.who"


class Derived(Base):
    def who(self):
        return "Derived/" + super().who()


d = Derived()
print(call_who(d), call_who(super(Derived, d)))
m = d.who
print(m(), m.__func__.__name__, get_kind(type("T", (), {"kind": "made by type()"})()))


# A property without a setter or deleter, defined in the class body.
class R:
    @property
    def v(self):
        return "R.v"


r = R()
for attempt in (lambda: set_v(r, 1), lambda: delattr(r, "v")):
    try:
        attempt()
    except AttributeError as e4:
        print("AttributeError:", e4)
print(get_v(r))


# A method shadowed on one instance before the site saw another instance of the class.
x1, x2 = A(1), A(2)
x1.who = lambda: "x1's own who"
print(call_who(x2), call_who(x1), call_who(x2))


# A class attribute added after instances already have that name in their dicts.
class K:
    pass


k = K()
k.who = lambda: "instance who"
K.who = lambda self: "class who"
print(call_who(K()), call_who(k), call_who(K()))

# functools.cached_property stores into the instance dict behind the class attribute.
import functools


class CP:
    @functools.cached_property
    def v(self):
        print("computing v")
        return 42


c1, c2 = CP(), CP()
print(get_v(c1), get_v(c1), get_v(c2), get_v(c2))

# Keys added through vars() and object.__setattr__.
y = A(0)
for _ in range(3):
    call_who(y)
vars(y)["who"] = lambda: "via vars()"
print(call_who(y))
z = A(0)
object.__setattr__(z, "kind", "via object.__setattr__")
print(get_kind(z), get_kind(A(0)))


# Builtin functions as class attributes do not bind; bound builtin methods keep their self.
class N:
    f = len
    g = [1, 1].count
    h = staticmethod(abs)


def call_f(o):
    return o.f([1, 2])


for _ in range(2):
    print(call_f(N()), N().g(1), N().h(-3), N.f("abc"))


# Attributes of classes themselves at hot sites: inherited, replaced, classmethods,
# staticmethods, properties (seen as themselves), and instances at the same site.
class Base2:
    v = "Base2.v"
    kind = "Base2.kind"

    @classmethod
    def who(cls):
        return "who on " + cls.__name__


class Derived2(Base2):
    pass


for _ in range(2):
    print(get_v(Base2), get_v(Derived2), call_who(Derived2), call_who(Base2))
Derived2.v = "Derived2.v"
print(get_v(Base2), get_v(Derived2), get_v(Derived2()))
Base2.who = staticmethod(lambda: "static on Base2")
print(call_who(Derived2), call_who(Derived2()))
Base2.v = property(lambda self: "property value")
del Derived2.v
print(type(get_v(Derived2)).__name__, get_v(Derived2()))
del Base2.v
try:
    get_v(Derived2)
except AttributeError as e5:
    print("AttributeError:", e5)
