# GC while nested generators are running: outer generator frames' locals must survive
class Box:
    def __init__(self, v):
        self.v = v
        self.l = [v] * 4
def leaf(n):
    for i in range(n):
        junk = [Box(j) for j in range(20)]
        yield Box(i + len(junk) - 20)
def mid(n):
    mine = [Box(-k) for k in range(5)]
    t = 0
    for b in leaf(n):
        inner = [Box(b.v * 2)]
        t += b.v + inner[0].v + sum(x.v for x in mine)
        yield t, mine[2].l, inner[0].l
def top():
    held = {"a": Box(100), "b": [Box(7)]}
    g = mid(30)
    for t, l1, l2 in g:
        yield (t, l1[0], l2[-1], held["a"].v, held["b"][0].l)
res = list(top())
print(len(res), res[0], res[-1])
def chain(depth, n):
    if depth == 0:
        for i in range(n):
            yield [Box(i)]
        return
    keep = Box(depth)
    for x in chain(depth - 1, n):
        x.append(keep)
        yield x
total = 0
for lst in chain(40, 20):
    total += lst[0].v + sum(b.v for b in lst[1:])
print(total)
def self_ref():
    me = yield
    local = [Box(i) for i in range(10)]
    while True:
        got = yield (me is not None, len(local), local[-1].v)
        local.append(Box(got))
        local.pop(0)
g = self_ref()
next(g)
g.send(g)
g = g
outs = [g.send(i) for i in range(100)]
print(outs[0], outs[-1])
def closure_gen():
    data = [Box(i) for i in range(10)]
    def gen():
        for d in data:
            yield d.v
    return gen
gens = [closure_gen()() for _ in range(50)]
junk = [Box(i) for i in range(500)]
print(sum(sum(x) for x in gens))
import itertools
groups = []
for k, grp in itertools.groupby([Box(i // 7) for i in range(100)], key=lambda b: b.v):
    groups.append((k, list(grp)))
print(len(groups), [(k, [b.v for b in g][:2]) for k, g in groups[:3]])
a, b, c = itertools.tee((Box(i) for i in range(200)), 3)
sa = sum(x.v for x in a)
junk = [Box(i) for i in range(500)]
sb = sum(x.l[0] for x in b)
print(sa, sb, next(c).l, len(list(c)))
def mutual_a(n):
    if n > 0:
        yield Box(n)
        yield from mutual_b(n - 1)
def mutual_b(n):
    if n > 0:
        yield [Box(n)]
        yield from mutual_a(n - 1)
print(sum(x.v if isinstance(x, Box) else x[0].v for x in mutual_a(60)))
