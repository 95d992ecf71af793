# Augmented assignment on items and attributes: evaluation order, class attr copy-on-write, properties, __getitem__ hooks
def t(tag, v):
    print("eval", tag)
    return v
class C:
    n = 1.5
    lst = []
c = C()
c.n += 1
c.lst += [1]
print(c.n, C.n, c.lst, C.lst, c.lst is C.lst, sorted(vars(c)))
d = C()
d.n *= 2
print(d.n, C.n)
L = [[1.0, 2], [3, 4.5]]
t("obj", L)[t("i", 1)][t("j", 0)] += t("rhs", 0.25)
print(L)
class Rec:
    def __init__(self): self.store = {}
    def __getitem__(self, k):
        print("get", k)
        return self.store.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.store[k] = v
r = Rec()
r["a"] += 1.5
r["a"] **= 2
r[t("k", "b")] -= t("v", 10 ** 20)
print(r.store)
class Prop:
    def __init__(self): self._x = 1
    @property
    def x(self):
        print("get x")
        return self._x
    @x.setter
    def x(self, v):
        print("set x", v)
        self._x = v
p = Prop()
p.x += 0.5
p.x //= 1
print(p._x)
try:
    t("tuple", (1, 2))[t("idx", 0)] += t("add", 1)
except TypeError as e:
    print("TypeError:", e)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tl)
s = [1, 2, 3]
s[t("slice", slice(0, 2))] += [9]
print(s)
x = 1
try:
    x += "s"
except TypeError as e:
    print("TypeError")
lst = [0.5] * 3
i = 0
for k in range(5):
    lst[i] += k
    i = -1 - i % 2
print(lst)
