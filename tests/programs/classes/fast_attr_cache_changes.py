# Inline attribute reads and stores at one site while classes change under them: properties
# and class attributes added/removed, __getattr__/__setattr__ added later, del, vars()/__dict__
# manipulation, insertion orders, more than 30 attributes, alternating classes.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def getx(o):
    return o.x
def setx(o, v):
    o.x = v

ps = [P(i, -i) for i in range(5)]
for p in ps:
    print(getx(p), end=" ")
print()
# property added on class after instances exist: overrides instance attr
P.x = property(lambda self: "prop:" + str(self.y))
print(getx(ps[0]), getx(ps[3]))
del P.x
print(getx(ps[0]))
setx(ps[0], 42)
print(getx(ps[0]))

setx(ps[2], "back")
print(getx(ps[2]), vars(ps[2]))
# del then read at same site
q = P(1, 2)
for i in range(3):
    try:
        print(getx(q))
    except AttributeError as e:
        print("gone:", e)
    if i == 0:
        del q.x
    else:
        q.x = i * 100

# __getattr__ added later
class G:
    def __init__(self):
        self.a = 1
g = G()
def geta(o): return o.a
def getb(o): return o.b
print(geta(g))
try:
    getb(g)
except AttributeError as e:
    print("AE", e)
G.__getattr__ = lambda self, name: "fallback-" + name
print(getb(g), geta(g))
del g.a
print(geta(g))
del G.__getattr__
try:
    geta(g)
except AttributeError as e:
    print("AE", e)

# __setattr__ added later
def getv(o): return o.v
class S:
    def __init__(self):
        self.v = 0
s = S()
def setv(o, v): o.v = v
setv(s, 1)
print(s.v)
def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 2)
S.__setattr__ = logging_setattr
setv(s, 5)
print(getv(s))
del S.__setattr__
setv(s, 6)
print(getv(s))

# different insertion orders at the same site
class O:
    pass
o1 = O(); o1.a = 1; o1.b = 2
o2 = O(); o2.b = 3; o2.a = 4
o3 = O(); o3.c = 9; o3.a = 5
def geta_(o): return o.a
def getb_(o): return o.b
for o in [o1, o2, o3, o1, o2]:
    print(geta_(o), getattr(o, "b", None), list(vars(o)))
for o in [o1, o2]:
    o.a += 10
    print(o.a, o.b)

# many attributes (beyond 30 keys)
class Many:
    pass
m = Many()
for i in range(40):
    setattr(m, "f%d" % i, i)
m2 = Many()
m2.f0 = "zero"
m2.f39 = "last"
def f0(o): return o.f0
def f39(o): return o.f39
print(f0(m), f39(m), f0(m2), f39(m2), len(vars(m)), len(vars(m2)))
m2.f0 = "zero2"
print(f0(m2), list(vars(m2)))

# vars()/__dict__ manipulation switches modes
class D:
    def __init__(self):
        self.p = 1
        self.q = 2
d1 = D()
d2 = D()
def getp(o): return o.p
def setp(o, v): o.p = v
print(getp(d1), getp(d2))
vars(d1)["p"] = 100
d1.__dict__["r"] = 3
print(getp(d1), d1.r, list(d1.__dict__))
setp(d1, 5); setp(d2, 6)
print(getp(d1), getp(d2))
dd = d2.__dict__
setp(d2, 7)
print(dd["p"])
dd.clear()
try:
    getp(d2)
except AttributeError as e:
    print("AE", e)
setp(d2, 8)
print(dd, getp(d2))

# alternating classes at same site
class A1:
    def __init__(self): self.x = "A1"
class A2:
    def __init__(self): self.z = 0; self.x = "A2"
class A3:
    x = "A3-class"
class A4(A1):
    pass
objs = [A1(), A2(), A3(), A4(), A1()]
for i in range(3):
    print([getx(o) for o in objs])
    for o in objs[:2]:
        setx(o, getx(o) + "!")
# class attribute shadowed by instance attribute later
a3 = objs[2]
setx(a3, "inst")
print(getx(a3), A3.x)
A3.x = "changed"
print(getx(A3()), getx(a3))
