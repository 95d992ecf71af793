# Attribute site caches: polymorphic sites, add/delete attributes, shadowing, methods replaced, properties, __getattr__
class A:
    kind = "A"
    def __init__(self): self.x = 1
    def m(self): return "A.m"
class B:
    kind = "B"
    def __init__(self): self.y = 2; self.x = 20
    def m(self): return "B.m"
class C(A):
    def __init__(self):
        super().__init__()
        self.x += 100
    def m(self): return "C.m/" + super().m()
def get(o): return o.x
def kind(o): return o.kind
def call(o): return o.m()
objs = [A(), B(), C(), A(), C()]
for _ in range(3):
    print([get(o) for o in objs], [kind(o) for o in objs], [call(o) for o in objs])
a = objs[0]
a.kind = "inst"
print([kind(o) for o in objs])
del a.kind
print([kind(o) for o in objs])
A.kind = "A2"
print([kind(o) for o in objs])
del A.kind
try:
    print([kind(o) for o in objs])
except AttributeError as e:
    print("AttributeError:", e)
A.kind = "A3"
A.m = lambda self: "patched"
print([call(o) for o in objs])
a.m = lambda: "inst m"
print([call(o) for o in objs])
del a.m
del A.m
try:
    print([call(o) for o in objs])
except AttributeError as e:
    print("AttributeError:", e)
def newm(self): return "newm " + type(self).__name__
A.m = newm
print([call(o) for o in objs])
del objs[2].x
try:
    print([get(o) for o in objs])
except AttributeError as e:
    print("AttributeError:", e)
A.x = "class x"
print([get(o) for o in objs])
class P:
    def __init__(self): self._v = 0
    @property
    def x(self):
        print("get x")
        return self._v
    @x.setter
    def x(self, v):
        print("set x", v)
        self._v = v
p = P()
objs.append(p)
print([get(o) for o in objs])
p.x = 5
p.x += 1
try:
    p.__dict__["x"] = "shadow?"
    print(get(p))
except Exception as e:
    print(e)
class G:
    def __getattr__(self, name):
        if name == "x": return "dynamic " + name
        raise AttributeError(name)
g = G()
objs.append(g)
print([get(o) for o in objs])
g.x = "now real"
print(get(g))
del g.x
print(get(g))
try:
    g.zzz
except AttributeError as e:
    print("AttributeError:", e)
class S:
    def __setattr__(self, name, v):
        print("setattr", name, v)
        object.__setattr__(self, name, v * 2)
s = S()
s.x = 4
s.x += 1
print(get(s))
class RO:
    __slots__ = ("x",)
r = RO()
try:
    get(r)
except AttributeError as e:
    print("AttributeError:", e)
r.x = 3
print(get(r))
class K:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
    @staticmethod
    def st(a, b=1): return a + b
class K2(K): pass
K.make(); K2.make(); K2.make(); K2().make()
print(K.count, K2.count, K.st(1), K2().st(2, 3))
K.st = staticmethod(lambda a, b=0: a * b)
print(K2.st(4, 5), K2().st(4))
K.make = classmethod(lambda cls: cls.__name__)
print(K2.make(), K2().make())
class Base:
    def hello(self): return "base"
class Mid(Base):
    def hello(self): return "mid>" + super().hello()
class Leaf(Mid):
    def hello(self): return "leaf>" + super().hello()
l = Leaf()
print(l.hello())
Base.hello = lambda self: "base2"
print(l.hello())
Mid.hello = lambda self: "mid2"
print(l.hello())
del Leaf.hello
print(l.hello())
