# Class attribute caching: C.name / C.method() sites after base/subclass changes, setattr/delattr, descriptors
class Base:
    name = "base"
    def who(self): return "Base.who"
    @classmethod
    def cm(cls): return "cm:" + cls.__name__
class Sub(Base): pass
class Sub2(Sub): pass
def read(): return Base.name, Sub.name, Sub2.name
def calls(): return Sub2.cm(), Sub.who(Sub()), Sub2().who()
for step in range(6):
    if step == 1: Sub.name = "sub"
    if step == 2: setattr(Base, "name", "base2")
    if step == 3: del Sub.name
    if step == 4:
        Sub.who = lambda self: "Sub.who"
        Base.cm = classmethod(lambda cls: "new cm " + cls.__name__)
    if step == 5:
        delattr(Sub, "who")
        Sub2.cm = staticmethod(lambda: "static now")
    print(step, read(), calls())
try:
    del Sub.name
except AttributeError as e:
    print("AttributeError:", e)
try:
    Sub.nothing
except AttributeError as e:
    print("AttributeError:", e)
# vars() and __dict__ manipulations seen by cached sites
class Q:
    def __init__(self): self.a = 1
q = Q()
def qa(o): return o.a
print(qa(q))
vars(q)["a"] = 2
print(qa(q))
q.__dict__.clear()
try:
    qa(q)
except AttributeError as e:
    print("AttributeError:", e)
q.__dict__.update(a=3)
print(qa(q))
Q.a = "class a"
del q.a
print(qa(q))
setattr(q, "a", 4)
print(qa(q), getattr(q, "a"), getattr(q, "b", "dflt"))
objs = [q, Q()]
print([qa(o) if hasattr(o, "a") else None for o in objs])
# attribute on instances whose class is swapped among many shapes
class S1:
    v = 1
class S2:
    def __init__(self): self.v = 2
class S3(S1):
    @property
    def v(self): return 3
class S4(S2):
    v = 4
class S5:
    __slots__ = ("v",)
    def __init__(self): self.v = 5
class S6:
    def __getattr__(self, n): return 6
def getv(o): return o.v
print([getv(o) for o in [S1(), S2(), S3(), S4(), S5(), S6()] * 2])
