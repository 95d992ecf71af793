# User classes with __add__/__radd__/__mul__/__lt__ mixed into float expressions
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("add", self, o)
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        print("radd", self, o)
        return V(o + self.v)
    def __mul__(self, o):
        if isinstance(o, str): return NotImplemented
        return V(self.v * o)
    __rmul__ = __mul__
    def __sub__(self, o): return NotImplemented
    def __lt__(self, o): return (self.v < o) if not isinstance(o, V) else self.v < o.v
    def __gt__(self, o): return "gt!"
    def __truediv__(self, o): return self.v / o
    def __rtruediv__(self, o): return o / self.v
    def __neg__(self): return V(-self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __repr__(self): return "V(%r)" % (self.v,)
a = V(2)
x = 1.5
print(x + a * 2 + 0.5)
print(2.5 * a + x, -a + x, x * -a)
print(sum([V(1), V(2)], 0.5), sum([1.5, 2], V(0)))
print(x < a, a < x, a > x, x > a, 3.0 < a < 10)
print(1 / a, a / 4, 1.0 / V(0.5))
try:
    print(1.0 / V(0))
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    print(a - 1.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1.0 - a)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a * "s")
except TypeError as e:
    print("TypeError:", e)
print("ab" * V(2), [0] * V(3), (1,) * V(2))
import math
print(math.sqrt(V(16)), math.floor(V(2.5)), float(V(3)) + 1)
acc = 0.0
for i in range(10):
    acc += V(i).v * 0.1 if i % 2 else i
print(acc)
vv = [V(1), V(2)]
vv[0] += 1.5
vv[1] *= 2
print(vv)
class W:
    def __init__(self): self.items = [0.5]
    def __iadd__(self, o):
        self.items.append(o)
        return self
w = W()
w += 1
w += 2.5
print(w.items)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)
