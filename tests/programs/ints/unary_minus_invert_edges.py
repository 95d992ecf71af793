# Unary minus and invert at the edges of the small-int range, on bools, big ints, floats and
# objects with __neg__/__invert__, and their TypeErrors.
import sys
for v in [0, 1, -1, 5, -7, 2**62-1, -2**62, 2**62, -2**62-1, 2**63, -(2**64), True, False, 1.5, -0.0]:
    print(-v, ~v if not isinstance(v, float) else None)
x = -2**62
print(-x, -(-x), ~x, ~~x)
class N:
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
print(-N(), ~N())
try:
    print(-"s")
except TypeError as e:
    print(e)
try:
    print(~1.5)
except TypeError as e:
    print(e)
print(-sys.maxsize, ~sys.maxsize)
