# Attribute sites over __slots__, subclasses, conditional shapes, linked nodes holding floats,
# falsy values, and non-instance objects (namedtuples, exceptions, classes, functions, modules).

class Base:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a = a
        self.b = b
class Sub(Base):
    __slots__ = ("c",)
    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c
class Open(Base):
    def __init__(self):
        self.extra = "e"
        super().__init__(1, 2)

def ga(o): return o.a
def sa(o, v): o.a = v
objs = [Base(1, 2), Sub(3, 4, 5), Open(), Base(6, 7)]
for o in objs * 2:
    sa(o, ga(o) * 2)
print([ga(o) for o in objs])
try:
    objs[0].z = 1
except AttributeError as e:
    print("AE", e)
try:
    objs[1].z = 1
except AttributeError as e:
    print("AE", e)
objs[2].z = 1
print(objs[2].z, hasattr(objs[0], "__dict__"))
b = Base.__new__(Base)
try:
    ga(b)
except AttributeError as e:
    print("AE", e)
sa(b, "late")
print(ga(b))
del b.a
try:
    print(ga(b))
except AttributeError as e:
    print("AE", e)

# first instance has capacity 30, later ones learn; attributes conditionally set
class Shape:
    def __init__(self, i):
        if i % 2:
            self.odd = True
        self.i = i
        if i % 3 == 0:
            self.three = i // 3
def gi(o): return o.i
def g3(o): return getattr(o, "three", "-")
def si(o, v): o.i = v
shapes = [Shape(i) for i in range(12)]
for s in shapes:
    si(s, gi(s) + 100)
print([gi(s) for s in shapes])
print([g3(s) for s in shapes])
print([sorted(vars(s)) for s in shapes[:4]])

# setting in a loop over many instances, GC stress
class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt
head = None
for i in range(300):
    head = Node(float(i) * 0.5, head)
total = 0.0
n = head
while n is not None:
    n.v = n.v + 1.0
    total += n.v
    n = n.nxt
print(total)
n = head
cnt = 0
while n is not None:
    if n.nxt is not None and n.nxt.v is not n.v:
        cnt += 1
    n = n.nxt
print(cnt)

# class attribute removal where instance lacks attr
class C:
    x = "class"
c = C()
def gx(o): return o.x
print(gx(c))
del C.x
try:
    gx(c)
except AttributeError as e:
    print("AE", e)
C.x = "again"
print(gx(c))
c.x = "inst"
print(gx(c))
del c.x
print(gx(c))

# method replaced on instance and class
class M:
    def m(self): return "class m"
mm = M()
def callm(o): return o.m()
print(callm(mm))
mm.m = lambda: "instance m"
print(callm(mm))
del mm.m
print(callm(mm))
M.m = lambda self: "new class m"
print(callm(mm))

# inherited attributes and super
class P1:
    def __init__(self):
        self.p = "P1"
class P2(P1):
    def __init__(self):
        self.q = "P2"
        super().__init__()
def gp(o): return o.p
print(gp(P1()), gp(P2()), gp(P1()), vars(P2()))

# attribute holding 0/None/False (falsy values, null-ish)
class Z:
    pass
z = Z()
z.a = 0
z.b = None
z.c = False
z.d = 0.0
z.e = ""
def gza(o): return o.a
for v in [0, None, False, 0.0, "", -1, 1 << 70]:
    z.a = v
    print(repr(gza(z)), end=" ")
print()

import math
from collections import namedtuple
Pt = namedtuple("Pt", "x y")
class MyErr(Exception):
    def __init__(self, x):
        super().__init__(x)
        self.x = x
class K:
    x = "class attr"
class I:
    def __init__(self):
        self.x = "inst"
def fn():
    pass
fn.x = "func attr"
class Sub(I):
    def __init__(self):
        pass
    @property
    def x(self):
        return "sub prop"
class Meta:
    pass
class WithMeta(K):
    x = "meta'd"
def getx(o):
    return o.x
def setx(o, v):
    o.x = v
things = [I(), Pt(1, 2), MyErr("err"), K, K(), fn, I(), Sub(), WithMeta, WithMeta()]
for rnd in range(2):
    print([getx(t) for t in things])
for t in things:
    try:
        setx(t, "set")
        print("set ok", getx(t))
    except AttributeError as e:
        print("AE", e)
print(getx(things[0]), K.x, fn.x)
e = things[2]
print(e.args, vars(e))
try:
    raise MyErr(5)
except MyErr as err:
    print(getx(err), err.args)
# same site seeing module attributes
def getpi(o):
    return o.pi
print(getpi(math))
class HasPi:
    pi = 3
print(getpi(HasPi()), getpi(math), getpi(HasPi))
# attribute on a bound method / builtin raising
for o in [1, "s", [1], None, 1.5, (1,)]:
    try:
        getx(o)
    except AttributeError as e:
        print("AE", e)
    try:
        setx(o, 1)
    except AttributeError as e:
        print("AE", e)
