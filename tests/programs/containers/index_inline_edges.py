# List and tuple indexing: negative, out of range, bool/bigint/__index__ indices, mutation during iteration
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
class BadIx:
    def __index__(self): return "x"
L = [10, 20, 30, 40]
T = (1, 2, 3)
print(L[-1], L[-4], T[-3], L[True], L[False], T[True], L[Ix(2)], T[Ix(-1)])
def attempt(fn):
    try:
        print(fn())
    except (IndexError, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: L[4])
attempt(lambda: L[-5])
attempt(lambda: T[3])
attempt(lambda: T[-4])
attempt(lambda: L[10 ** 20])
attempt(lambda: L[-10 ** 20])
attempt(lambda: T[2 ** 64])
attempt(lambda: L[1.0])
attempt(lambda: T[1.0])
attempt(lambda: L["0"])
attempt(lambda: L[None])
attempt(lambda: L[BadIx()])
attempt(lambda: [][0])
attempt(lambda: ()[-1])
attempt(lambda: "abc"[3])
attempt(lambda: "abc"[10**20])
def setitem(seq, i, v):
    seq[i] = v
    return seq
attempt(lambda: setitem(L, 4, 0))
attempt(lambda: setitem(L, -5, 0))
attempt(lambda: setitem(L, 10 ** 20, 0))
attempt(lambda: setitem(L, 1.5, 0))
attempt(lambda: setitem(T, 0, 0))
attempt(lambda: setitem(L, True, 21))
attempt(lambda: setitem(L, Ix(-1), 41))
attempt(lambda: setitem([], 0, 1))
def delitem(seq, i):
    del seq[i]
    return seq
attempt(lambda: delitem(list(L), 4))
attempt(lambda: delitem(list(L), -1))
attempt(lambda: delitem(list(L), Ix(0)))
attempt(lambda: delitem(list(L), 2 ** 70))
attempt(lambda: delitem(T, 0))
attempt(lambda: delitem(list(L), "a"))
attempt(lambda: L.pop(10))
attempt(lambda: [].pop())
attempt(lambda: L.index(99))
attempt(lambda: L[1:10 ** 20])
attempt(lambda: L[-10 ** 20:2])
attempt(lambda: L[Ix(1):Ix(3)])
attempt(lambda: L[::Ix(-1)])
attempt(lambda: L[::0])
attempt(lambda: L[1.0:2])
attempt(lambda: setitem(list(L), slice(0, 2), "xyz"))
attempt(lambda: setitem(list(L), slice(0, 4, 2), [1]))
attempt(lambda: setitem(list(L), slice(None, None, -1), [1, 2, 3, 4]))
attempt(lambda: delitem(list(L), slice(None, None, 2)))
# mutation while iterating
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
a = [1, 2, 3]
for i, x in enumerate(a):
    if i < 5:
        a.append(x * 10)
print(a)
a = [5, 4, 3]
n = 0
for x in a:
    del a[0]
    n += 1
print(n, a)
# list modified inside sort key
b = [3, 1, 2]
def key(v):
    b.append(v)
    return v
try:
    b.sort(key=key)
except ValueError as e:
    print("ValueError:", e)
print(b)
c = [3, 1, 2]
def key2(v):
    c.clear()
    return -v
try:
    c.sort(key=key2)
except ValueError as e:
    print("ValueError:", e)
print(c)
d = [3, 1, 2]
def cmpkey(v):
    return d[0] if d else v
try:
    d.sort(key=cmpkey)
except ValueError as e:
    print("ValueError:", e)
print(d)
# nested lists and aliasing
grid = [[0] * 3] * 3
grid[0][1] = 5
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[-1][-1] = 9
grid[1][True] += 2
print(grid)
m = [1, 2, 3]
alias = m
m += [4]
alias[-1] *= 10
print(m, alias is m)
m = m + [5]
print(m, alias)
n = [[1, 2], [3, 4]]
n[0], n[1] = n[1], n[0]
print(n)
i = 0
q = [0, 0, 0]
i, q[i] = 1, 7
print(i, q)
q[q[2]] = q[q[0] % 3] = 3
print(q)
s = [0, 1, 2, 3, 4, 5, 6]
del s[1], s[2]
print(s)
s[-2:] = []
del s[-1:-10:-1]
print(s)
