# sorting lists of objects with key functions that allocate, raise, or mutate
class R:
    def __init__(self, a, b):
        self.a = a; self.b = b
    def __repr__(self):
        return "R(%r,%r)" % (self.a, self.b)
rs = [R(i % 17, str(i)) for i in range(2000)]
rs.sort(key=lambda r: (r.a, [r.b] * 3, str(r.a) * 5))
print(rs[:3], rs[-1])
rs.sort(key=lambda r: r.b, reverse=True)
print(rs[:3])
print(sorted(rs, key=lambda r: -r.a)[:2])
def bad(r):
    if r.a == 16:
        raise ValueError("bad key %r" % r)
    return r.a
try:
    sorted(rs, key=bad)
except ValueError as e:
    print("ValueError", str(e)[:20])
l = [R(i, i) for i in range(50)]
def mut(r):
    l.append(r)
    return r.a
try:
    l.sort(key=mut)
except ValueError as e:
    print("ValueError", e)
print(len(l))
l2 = list(range(20))
def mut2(x):
    l2.clear()
    return x
try:
    l2.sort(key=mut2)
except ValueError as e:
    print("ValueError", e)
print(len(l2))
try:
    sorted([R(1, 2), R(2, 3)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
class LtOnly:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
print([x.v for x in sorted([LtOnly((i * 7) % 13) for i in range(13)])])
print([x.v for x in sorted([LtOnly((i * 7) % 13) for i in range(13)], reverse=True)])
# stability with allocation in key
pairs = [(i % 5, i) for i in range(1000)]
pairs.sort(key=lambda p: str(p[0]))
print(pairs[:4], pairs[-2:])
print(min(rs, key=lambda r: r.b), max(rs, key=lambda r: (r.a, r.b)))
words = ["w%d" % (i * 7919 % 1000) for i in range(1000)]
print(sorted(words, key=len)[:3], sorted(words)[-3:])
