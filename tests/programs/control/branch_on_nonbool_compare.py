# if/while directly on comparisons: non-bool results, __bool__ raising, NaN, chained, not/and/or
import math
class B:
    def __init__(self, v, name): self.v, self.name = v, name
    def __bool__(self):
        print("bool", self.name)
        if self.v is None: raise ValueError("no truth for " + self.name)
        return bool(self.v)
    def __repr__(self): return "B(%s)" % self.name
class C:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return B(self.n < o, "lt%d" % self.n)
    def __gt__(self, o): return B(None, "gt")
    def __eq__(self, o): return B(self.n == o, "eq")
    def __le__(self, o): return self.n
    def __ge__(self, o): return NotImplemented
    def __ne__(self, o): return []
c = C(3)
if c < 5: print("lt yes")
if not c < 2: print("not lt yes")
if c == 3: print("eq yes")
if c <= 0: print("le0")
else: print("le else")
if c != 0: print("ne")
else: print("ne else")
try:
    if c > 1: print("gt")
except ValueError as e:
    print("ValueError:", e)
try:
    if c >= 1: print("ge")
except TypeError as e:
    print("TypeError:", e)
print((c < 5) and 1, (c < 1) or "x")
r = c < 5 and c < 1
print(r)
if 1 < c < 5: print("chained ok")  # 1 < c uses reflected __gt__
