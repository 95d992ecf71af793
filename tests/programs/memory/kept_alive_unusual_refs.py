# objects kept alive only via unusual references: exceptions, generators, default args, class attrs, bound methods
import sys
class Node:
    def __init__(self, v):
        self.v = v
        self.payload = [v] * 5

def raise_it(v):
    raise ValueError(Node(v))

saved = []
for i in range(300):
    try:
        raise_it(i)
    except ValueError as e:
        saved.append(e)
junk = [Node(i) for i in range(1000)]
del junk
print(sum(e.args[0].v for e in saved), saved[123].args[0].payload)

# exception __context__ chain
def ctx(n):
    try:
        if n == 0:
            raise KeyError("base")
        ctx(n - 1)
    except Exception as e:
        raise RuntimeError(str(n)) from e
try:
    ctx(30)
except RuntimeError as e:
    c = e
    depth = 0
    while c is not None:
        depth += 1
        last = c
        c = c.__cause__
    print(depth, repr(last))

# generator holding references
def gen(objs):
    local = [o.v * 2 for o in objs]
    for x in local:
        yield x
gens = [gen([Node(i), Node(i + 1)]) for i in range(200)]
junk = [Node(i) for i in range(1000)]
del junk
print(sum(next(g) for g in gens), sum(next(g) for g in gens))

# bound method keeps instance alive
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
adders = [Acc().add for _ in range(100)]
junk = [Acc() for i in range(1000)]
del junk
for k, a in enumerate(adders):
    for j in range(k % 4):
        a(j)
print(sum(a(0) for a in adders), adders[7].__self__.items)

# default arg keeps object alive
def mk(i):
    def f(x=Node(i)):
        return x.v
    return f
fs = [mk(i) for i in range(100)]
junk = [Node(i) for i in range(1000)]
print(sum(f() for f in fs))

# class attribute
class Reg:
    store = {}
for i in range(500):
    Reg.store[i] = Node(i)
    if i % 3 == 0:
        del Reg.store[i]
print(len(Reg.store), sum(n.v for n in Reg.store.values()))

# reference through tuple in set and frozenset
s = set()
for i in range(400):
    s.add((i, frozenset([i, i + 1, str(i)])))
junk = [[i] for i in range(2000)]
print(len(s), sorted(s)[10][0], sum(len(t[1]) for t in s))
print(sys.getrecursionlimit())
