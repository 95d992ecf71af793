# instances with many attributes, attributes added/deleted in loops, vars() sharing
class Big:
    def __init__(self, i):
        self.a = i; self.b = i + 1; self.c = i + 2; self.d = i + 3
        self.e = [i]; self.f = str(i); self.g = (i,); self.h = {i: i}
        self.i = i * 1.5; self.j = None
objs = [Big(i) for i in range(500)]
junk = [[k] for k in range(3000)]
del junk
print(sum(o.a + o.d + o.e[0] + len(o.f) for o in objs), objs[100].h, objs[7].i)
o = Big(0)
for k in range(200):
    setattr(o, "x%d" % k, [k] * 3)
    if k % 3 == 0:
        delattr(o, "x%d" % k)
print(len(vars(o)), sorted(vars(o))[:5], o.x199)
for k in range(200):
    if hasattr(o, "x%d" % k):
        delattr(o, "x%d" % k)
print(sorted(vars(o)))
v = vars(o)
v["new"] = "added via vars"
print(o.new)
o.newer = 42
print(v["newer"], "newer" in o.__dict__)
del v["a"]
print(hasattr(o, "a"))
try:
    o.a
except AttributeError as e:
    print("AttributeError", e)
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError", e)
# attributes churn across many instances
class E: pass
es = [E() for _ in range(300)]
for r in range(5):
    for n, e in enumerate(es):
        setattr(e, "r%d" % r, [n, r])
        if n % 2:
            e.__dict__.pop("r%d" % (r - 1), None)
print(sum(len(vars(e)) for e in es), vars(es[3]), vars(es[4]))
# update dict
e = E()
e.__dict__.update({"p%d" % i: i for i in range(20)})
print(e.p19, len(e.__dict__))
e.__dict__.clear()
print(vars(e))
# getattr default
print(getattr(e, "nope", "dflt"))
# shared dict via vars retained after instance lost
def make():
    x = E()
    x.q = [1, 2, 3]
    return vars(x)
ds = [make() for _ in range(200)]
junk = [E() for _ in range(3000)]
print(sum(sum(d["q"]) for d in ds))
