# classes created in loops and dropped; attribute/method site caches across dead and new classes
def make_class(i):
    if i % 3 == 0:
        class K:
            def __init__(self):
                self.a = i
                self.b = [i]
            def m(self):
                return self.a + 1
    elif i % 3 == 1:
        class K:
            x = i * 10
            def __init__(self):
                self.b = [i, i]
                self.a = -i
            def m(self):
                return self.x
    else:
        class K:
            __slots__ = ("a", "b")
            def __init__(self):
                self.a = str(i)
                self.b = ()
            def m(self):
                return len(self.a)
    return K
def probe(o):
    return (o.a, len(o.b), o.m())
out = []
for i in range(400):
    K = make_class(i)
    o = K()
    out.append(probe(o))
    if i % 50 == 0:
        junk = [[k] * 3 for k in range(200)]
print(out[:6], out[-3:])
print(sum(t[2] if isinstance(t[2], int) else 0 for t in out))
keep = [make_class(i) for i in range(30)]
insts = [k() for k in keep for _ in range(3)]
junk = [[k] for k in range(1000)]
print([probe(x) for x in insts[::7]])
class Base:
    def who(self):
        return "base"
subs = []
for i in range(100):
    class Sub(Base):
        n = i
        def who(self):
            return "sub%d/%s" % (self.n, super().who())
    subs.append(Sub)
    if i % 2:
        subs.pop(0)
print([s().who() for s in subs[::10]], len(subs))
for i in range(200):
    T = type("T%d" % i, (object,), {"v": i, "get": lambda self: self.v * 2})
    t = T()
    if i % 40 == 0:
        print(T.__name__, t.get(), type(t).__name__)
class Dyn:
    pass
for i in range(300):
    setattr(Dyn, "meth%d" % (i % 10), (lambda j: lambda self: j)(i))
    d = Dyn()
    if i % 60 == 59:
        print([getattr(d, "meth%d" % k)() for k in range(10)])
