# Instance attributes (adversarial): __dict__ pop/update/clear after attribute sites have
# warmed their caches.
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
def rd(o):
    return o.a
def wr(o, v):
    o.b = v
ps = [P() for _ in range(4)]
out = []
for step in range(12):
    for k, p in enumerate(ps):
        try:
            out.append(rd(p))
        except AttributeError as e:
            out.append(str(e))
        wr(p, step)
        if step == 3 and k == 1:
            p.__dict__.pop("a")
        if step == 5 and k == 2:
            p.__dict__.update({"a": "upd", "c": 3})
        if step == 7 and k == 3:
            d = p.__dict__
            d.clear()
            d["b"] = 0
            d["a"] = "re"
        if step == 9 and k == 1:
            p.__dict__.setdefault("a", "sd")
        if step == 10 and k == 0:
            vars(p)["a"] = "vars"
print(out)
print([vars(p) for p in ps])
q = P()
d = q.__dict__
q2 = P()
q2.__dict__["a"] = 100
print(rd(q2), vars(q2))
del q.a
print(d, "a" in d)
q.a = 5
print(d, q.a)
