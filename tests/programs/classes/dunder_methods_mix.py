# Checks operator dunders, __eq__/__hash__ as dict keys, __lt__ in sorted, __iter__, static/class methods and bound methods stored.
class V:
    count = 0
    def __init__(self, x, y):
        self.x, self.y = x, y
        V.count += 1
    def __repr__(self):
        return f"V({self.x!r}, {self.y!r})"
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return V(-self.x, -self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
    def __contains__(self, v):
        return v in (self.x, self.y)
a, b = V(1, 2), V(3, 4)
print(a + b, a * 2, 3 * a, -a, len(a), a[0], a[-1], list(a), a == V(1, 2), a != b, a == 1)
print(sorted([b, a, V(0, 9)]), max(a, b), min([b, a]), {a: 1}[V(1, 2)], 2 in a, 5 in a)
print(bool(V(0, 0)), "yes" if V(0, 1) else "no", V.count, a.count, str(a), [a], (a,), {"k": a})
x, y = a
print(x, y)
a.count = 100
print(V.count, a.count)
class S:
    def __str__(self):
        return "str!"
print(S(), str(S()), f"{S()}", "%s" % S(), [S()][0].__str__())
r = repr(S())
print(r.startswith("<__main__.S object at 0x"), r.endswith(">"))
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
print(list(It(3)), sum(It(4)), sorted(It(3), reverse=True), [i * 2 for i in It(3)], 2 in It(3), tuple(It(2)))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "C%d" % self.v
print(sorted([Cmp(3), Cmp(1)]), Cmp(1) < Cmp(2), Cmp(3) > Cmp(2))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print(e)
class NoEq:
    pass
n = NoEq()
print(n == n, n == NoEq(), n != n, type(n).__name__, NoEq.__name__, NoEq.__qualname__)
class Meth:
    def __init__(self):
        self.f = lambda: "instance lambda"
    def f(self):
        return "method"
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, y):
        return cls.__name__ + str(y)
print(Meth().f(), Meth.s(4), Meth().s(5), Meth.c(1), Meth().c(2))
bound = [Meth().c, V(1, 1).__repr__, a.__add__]
print(bound[0](0), bound[1](), bound[2](b))
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return self
print(Acc().add(1).add(2).items)
print(getattr(a, "x"), getattr(a, "zz", "dflt"), hasattr(a, "y"), hasattr(a, "q"))
setattr(a, "z", 9); print(a.z)
try:
    V(1)
except TypeError as e:
    print(e)
try:
    a.method_missing()
except AttributeError as e:
    print(e)
