# Checks __eq__ without __hash__, NotImplemented fallbacks, __getitem__ iteration, container dunders and all arithmetic dunders.
class P:
    def __eq__(self, o):
        return True
try:
    hash(P())
except TypeError as e:
    print(e)
try:
    {P(): 1}
except TypeError as e:
    print(e)
class R:
    def __repr__(self):
        return "R!"
print(str(R()), f"{R()}", "%s" % R(), [R()], "{}".format(R()))
class Q:
    def __str__(self):
        return "Qs"
print([Q()][0] is not None, str([Q()]).startswith("[<__main__.Q object"))
class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, Num):
            return NotImplemented
        return self.v == o.v
    def __radd__(self, o):
        return Num(o + self.v)
    def __repr__(self):
        return f"Num({self.v})"
print(Num(1) == Num(1), Num(1) == 1, 1 == Num(1), Num(1) != Num(2), sum([Num(1)]))
print(Num(1) in [Num(0), Num(1)], [Num(1)].index(Num(1)), [Num(1), Num(1)].count(Num(1)))
try:
    Num(1) + 1
except TypeError as e:
    print(e)
try:
    Num(1) < Num(2)
except TypeError as e:
    print(e)
class Bag:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
    def __getitem__(self, k):
        return self.d[k]
    def __delitem__(self, k):
        del self.d[k]
    def __len__(self):
        return len(self.d)
b = Bag()
b["x"] = 1; b["y"] = 2; del b["x"]
print(len(b), b["y"], bool(b))
try:
    b["x"]
except KeyError as e:
    print("KeyError", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), [x for x in Seq()], 20 in Seq())
class Cnt:
    n = 0
    def __init__(self):
        Cnt.n += 1
        self.id = Cnt.n
for _ in range(3):
    Cnt()
print(Cnt.n, Cnt().id)
class Ops:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return Ops(self.v - o.v)
    def __truediv__(self, o): return Ops(self.v / o.v)
    def __floordiv__(self, o): return Ops(self.v // o.v)
    def __mod__(self, o): return Ops(self.v % o.v)
    def __pow__(self, o): return Ops(self.v ** o.v)
    def __and__(self, o): return Ops(self.v & o.v)
    def __or__(self, o): return Ops(self.v | o.v)
    def __xor__(self, o): return Ops(self.v ^ o.v)
    def __lshift__(self, o): return Ops(self.v << o.v)
    def __matmul__(self, o): return Ops(self.v * 100 + o.v)
    def __invert__(self): return Ops(~self.v)
    def __pos__(self): return Ops(+self.v)
    def __abs__(self): return Ops(abs(self.v))
    def __iadd__(self, o): self.v += o.v; return self
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
    def __gt__(self, o): return self.v > o.v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return self.v
a, b = Ops(7), Ops(2)
print([x.v for x in [a - b, a / b, a // b, a % b, a ** b, a & b, a | b, a ^ b, a << b, a @ b, ~a, +a, abs(Ops(-3))]])
c = a; c += b; print(a.v, c is a, a <= b, a >= b, a > b, b < a, int(a), float(b))
print(hex(Ops(255)), range(Ops(3)))
