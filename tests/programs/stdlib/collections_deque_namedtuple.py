# collections: deque (both ends, maxlen, rotate, indexing) and namedtuple classes
from collections import deque, namedtuple

q = deque([1, 2, 3])
q.append(4)
q.appendleft(0)
print(q, len(q), q[0], q[-1], list(q))
print(q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft("ab")
print(q)
q.rotate(2)
print(q)
q.rotate(-3)
print(q)
q.rotate()
print(q, q.count(7), q.index(7))
q[0] = "first"
del q[1]
print(q, type(q).__name__, type(q))
m = deque(range(5), maxlen=3)
print(m, m.maxlen, deque().maxlen)
m.append(9)
print(m)
m.appendleft(-1)
print(m)
m.extend(range(10, 20))
print(m)
try:
    deque().pop()
except IndexError as ex:
    print("IndexError:", ex)
try:
    deque().popleft()
except IndexError as ex:
    print("IndexError:", ex)
try:
    q[100]
except IndexError as ex:
    print("IndexError:", ex)
try:
    deque([], -1)
except ValueError as ex:
    print("ValueError:", ex)
print(2 in q, 7 in q, deque([1]) == deque([1]), deque([1]) == [1], bool(deque()), list(reversed(deque([1, 2, 3]))))
r = deque("abc")
r.remove("b")
r.insert(1, "z")
r.reverse()
print(r, r.copy(), r + deque("q"), deque(maxlen=0))
r.clear()
print(r, len(r))
bfs = deque([(0, 0)])
seen = {(0, 0)}
while bfs:
    x, y = bfs.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx <= 2 and ny <= 2 and (nx, ny) not in seen:
            seen.add((nx, ny))
            bfs.append((nx, ny))
print(len(seen), sorted(seen)[-1])
window = deque(maxlen=3)
for i in range(6):
    window.append(i)
    print(sum(window), end=" ")
print()

P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p), p[:1])
a, b = p
print(a, b, p == (1, 2), p != (1, 2), p._asdict(), p._replace(y=5), P._fields, P._make([3, 4]))
print(isinstance(p, tuple), isinstance(p, P), type(p).__name__, p < P(1, 3), type(p), P)
print(2 in p, p.count(1), p.index(2), p + (3,), max(p), sum(p))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0])
print(Q(1, 2), Q(1, 2, 3), Q._field_defaults)
R = namedtuple("R", "name, age")
people = [R("bob", 30), R("al", 25), R("cy", 35)]
print(sorted(people, key=lambda r: r.age)[0].name, min(people), [r.name for r in people])
for name, age in people:
    print(name, age, end="; ")
print()
try:
    P(1)
except TypeError as ex:
    print("TypeError:", ex)
try:
    P(1, 2, 3)
except TypeError as ex:
    print("TypeError:", ex)
try:
    P(1, 2, z=3)
except TypeError as ex:
    print("TypeError:", ex)
try:
    p._replace(z=1)
except ValueError as ex:
    print("ValueError:", ex)
for bad in ("1x y", "x class", "x x", "x _y"):
    try:
        namedtuple("T", bad)
    except ValueError as ex:
        print("ValueError:", ex)
print(namedtuple("S", "a b", rename=True)(1, 2), namedtuple("T", "ok def _x", rename=True)._fields)
print({p: 1}[P(1, 2)], sorted([P(2, 1), P(1, 5)]), P(1, 2) == P(1, 2), len({P(1, 2), P(1, 2)}))


class Point(namedtuple("Point", "x y")):
    def norm(self):
        return self.x * self.x + self.y * self.y


pt = Point(3, 4)
print(pt, pt.norm(), isinstance(pt, tuple), pt._replace(x=0), Point._make([1, 2]))


class DQ(deque):
    pass


print(DQ([1, 2]), DQ([1], 3), type(DQ()).__name__)

# many operations at both ends, checked against a list
seed = 12345
dq = deque()
ref = []
bounded = deque(maxlen=7)
bref = []
for step in range(3000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    op = seed % 7
    if op == 0 or op == 1:
        dq.append(step)
        ref.append(step)
    elif op == 2:
        dq.appendleft(step)
        ref.insert(0, step)
    elif op == 3 and ref:
        assert dq.popleft() == ref.pop(0)
    elif op == 4 and ref:
        assert dq.pop() == ref.pop()
    elif op == 5 and ref:
        assert dq[len(ref) // 2] == ref[len(ref) // 2]
    else:
        dq.rotate(step % 5)
        k = step % 5 % len(ref) if ref else 0
        ref = ref[len(ref) - k:] + ref[:len(ref) - k]
    bounded.append(step) if op % 2 else bounded.appendleft(step)
    if op % 2:
        bref.append(step)
        bref = bref[-7:]
    else:
        bref.insert(0, step)
        bref = bref[:7]
    assert len(dq) == len(ref) and list(bounded) == bref
print(len(dq), list(dq) == ref, list(dq)[:5], bounded)
big = deque(range(100000))
total = 0
while big:
    total += big.popleft()
print(total, len(big), big)

# namedtuples hash as their tuples
pp = P(1, 2)
print(hash(pp) == hash((1, 2)), {(1, 2): "t"}[pp], {pp: "p"}[(1, 2)], (1, 2) in {pp}, pp in {(1, 2)})
class Q(P):
    def __hash__(self):
        return 7
print(hash(Q(1, 2)))

# namedtuples are immutable
for f in (lambda: setattr(pp, "x", 5), lambda: setattr(pp, "z", 5), lambda: delattr(pp, "x"), lambda: pp.z):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
print(pp)
class Sub(P):
    def set_extra(self):
        self.extra = 1
        return self.extra
s = Sub(1, 2)
print(s.set_extra(), s)
try:
    s.x = 3
except AttributeError as e:
    print("AttributeError:", e)
