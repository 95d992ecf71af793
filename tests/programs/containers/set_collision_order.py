# set iteration order when hashes collide: probing, dummy reuse, resizes, constant displays
print({-1, -2, 3, 40, 500})
print({-5, 5, 13, -13}, {-2, -1, 7}, {8, 16, 24, 32, 40, 48, 56, 64, 72, 80})
print({2305843009213693951, 0, 2305843009213693952, 1, -1, -2, 4611686018427387904, 1.5, (1, 2), ()})
s = set()
for v in [-1, -2, 3, 40, 500]:
    s.add(v)
print(s)
t = set()
for v in [1, 9, 17, 25, 33, 41, 49, 57, 65, 73, -1, -2, -9, -17]:
    t.add(v)
print(t)
u = {1, 9, 17}
u.discard(1)
u.discard(9)
u.add(25)
u.add(2)
print(u)
x = 7
print({x, -1, -2, 2**61 - 2, 2**61 + 5, 6})
a = set(range(-8, 178, 6))
c = set([152, -115, 72, -1, 2**61 + 20, (7, 5)])
for _ in range(14):
    a.pop()
a &= c
a.update(range(74, 298, 8))
a.pop()
print(a)
b = {x, -68, 189, 130, 0, 153, 200, -158, (2, 7), -210, 2**61 + 10, -287, -1, 38.5}
for _ in range(7):
    b.pop()
b ^= b
b.update(range(84, 299, 9))
for _ in range(15):
    b.pop()
print(b)
d = {24, 16, 25, -8, -9, 0.0}
e = set()
e |= d
print(e.union(e, [1, 25]), e.union([1, 25]))
f = set()
for v in (100, 31, 25):
    f.add(v)
g = set()
for v in (31, 25):
    g.add(v)
f -= g
f.update([1.5, 1.5, -8, 1])
print(f)
h = set(range(40))
print(h.difference(range(0, 40, 2), [1, 3]), h - set(range(0, 40, 3)))
print(h & h, {-1, -2, 5} ^ {-2, 6, 14})
print(frozenset([-1, -2, 3, 40, 500]), set([-1, -2, 3, 40, 500]))
print(list(dict.fromkeys({-1, -2, 3, 40, 500})))
