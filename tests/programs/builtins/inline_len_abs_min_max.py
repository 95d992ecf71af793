# len, abs, min and max as the source names them (closc inlines them while they are the
# builtins): edges of the small-int range, other types, dunders, errors and shadowing.
import sys
print(len([1, 2, 3]), len(()), len((1,)), len("héllo"), len(""), len({1: 2}), len(range(5)), len({1, 2}))
print(abs(-5), abs(5), abs(0), abs(-2**62), abs(2**62 - 1), abs(-2**63), abs(-1.5), abs(True), abs(-0.0))
print(min(3, 1), max(3, 1), min(-2, -2), max(0, -1), min(1, 1.0), max(1.0, 1), min(True, 0), max([1, 5], [2]))
print(min("b", "a"), max(2**70, 1), min(-2**62, 2**62 - 1), max(-2**62, 2**62 - 1))
class L:
    def __len__(self): return 42
    def __abs__(self): return "abs!"
print(len(L()), abs(L()))
try:
    len(5)
except TypeError as e: print(e)
try:
    abs("x")
except TypeError as e: print(e)
try:
    min(1, "a")
except TypeError as e: print(e)
def shadow():
    len = lambda x: -1
    abs = lambda x: -2
    return len([1]), abs(-3)
print(shadow())
def len(x): return 99
print(len([1, 2]))
del len
print(len([1, 2]))
xs = [1, 2, 3]
t = 0
for i in range(len(xs)):
    t += xs[i] * len(xs) + abs(-i) + min(i, 1) + max(i, 1)
print(t)
print(min(3, 2, 1), max([4, 8]), min((5, 1)), max(1, 2, key=lambda v: -v), min([], default=7))
