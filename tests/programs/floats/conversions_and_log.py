# math.log/log2/log10 of ints small and huge; float() and math through __float__/__index__
import math
for v in [1, 2, 10, 10**15, 10**300, 2**1000, 2**1023, 2**1024, 2**2000, 3**5000, 10**400 + 1, 7, 12345678901234567890123, True, 1.0, 0.5, 1e308, 2.5]:
    print(math.log(v), math.log2(v), math.log10(v), math.log(v, 3), math.log(v, 10**20))
for bad in [0, -1, -10**400, 0.0, -2.5]:
    for f in (math.log, math.log2, math.log10):
        try:
            f(bad)
        except ValueError as e:
            print(e)
try:
    math.log(10, 1)
except ZeroDivisionError as e:
    print(e)
print(math.log(float("inf")), math.log2(float("nan")))
class F:
    def __float__(self):
        return 8.0
class I:
    def __index__(self):
        return 100
class BadF:
    def __float__(self):
        return 1
class BadI:
    def __index__(self):
        return "x"
print(math.log2(F()), math.sqrt(F()), math.log10(I()), float(I()), float(F()))
for f in (lambda: float(BadF()), lambda: math.sqrt(BadF()), lambda: float(BadI()), lambda: float([])):
    try:
        print(f())
    except TypeError as e:
        print(e)
