# rooted callbacks: key functions, map/filter/zip/enumerate over generators of fresh objects under GC pressure
class O:
    def __init__(self, v):
        self.v = v
        self.pad = [v, str(v), (v,)]
    def __repr__(self):
        return "O(%d)" % self.v
def fresh(n):
    for i in range(n):
        yield O((i * 37) % n)
r = sorted(fresh(300), key=lambda o: [o.v, str(o.v)])
print(r[:3], r[-1], all(x.pad[1] == str(x.v) for x in r))
r = sorted(fresh(300), key=lambda o: O(-o.v).v, reverse=True)
print(r[:3])
print(min(fresh(200), key=lambda o: [o.v]), max(fresh(200), key=lambda o: (o.v, O(1))[0]))
print(min(fresh(200), key=lambda o: str(o.v)), max([O(i) for i in range(100)], key=lambda o: -o.v))
print(list(map(lambda o: O(o.v + 1).pad[1], fresh(50)))[:5])
print([p for p in map(lambda a, b: (a.v, b.v, [a, b]), fresh(40), fresh(41))][-1][:2])
print(sum(o.v for o in filter(lambda o: [o][0].v % 2, fresh(300))))
for i, (a, b) in enumerate(zip(fresh(100), map(O, range(100)))):
    pass
print(i, a, b, a.pad, b.pad)
print(tuple(map(lambda o: O(o.v * 2), fresh(30)))[-1].pad)
print(any(O(o.v).v > 290 for o in fresh(300)), all(O(o.v).v < 300 for o in fresh(300)))
print(sum(map(lambda o: len(O(o.v).pad), fresh(300))))
class P:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.tmp = [O(v) for _ in range(3)]
        return inst
    def __init__(self, v):
        self.v = [O(v + k) for k in range(5)]
ps = [P(i) for i in range(200)]
print(ps[150].v, ps[150].tmp[0], sum(p.v[4].v for p in ps))
s = sorted([O(i % 13) for i in range(500)], key=lambda o: O(o.v).pad[1])
print(s[0], s[-1], s[250])
d = dict(zip(map(str, range(100)), fresh(100)))
print(d["42"], d["99"].pad)
print(list(enumerate(fresh(5), start=O(3).v)))
print(sorted(map(lambda x: O(x), range(20)), key=lambda o: -o.v)[:3])
