# recursion limits, deep recursion, recursive data structures
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(2500))
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)
try:
    depth(1200)
except RecursionError as e:
    print("RecursionError2")
print(depth(900))
# recursive list
l = [1, 2]
l.append(l)
print(l, len(str(l)))
d = {"a": 1}
d["self"] = d
print(d)
# nested structures
t = None
for i in range(2000):
    t = (i, t)
c = 0
while t is not None:
    c += t[0]
    t = t[1]
print(c)
# linked list of objects with cycles
class N:
    def __init__(self, v):
        self.v = v; self.next = None; self.prev = None
head = N(0)
cur = head
for i in range(1, 1500):
    n = N(i)
    cur.next = n
    n.prev = cur
    cur = n
cur.next = head
head.prev = cur
s = 0
x = head.prev
for _ in range(1000):
    s += x.v
    x = x.prev
print(s)
del head, cur, x, n
junk = [N(i) for i in range(2000)]
print(len(junk))
# tree via dicts
def build(d):
    if d == 0:
        return {}
    return {"l": build(d - 1), "r": build(d - 1), "d": d}
def count(t):
    return 1 + sum(count(t[k]) for k in ("l", "r") if k in t)
print(count(build(10)))
# repr of deep nesting
x = []
for _ in range(50):
    x = [x]
print(str(x)[:10], len(repr(x)))
