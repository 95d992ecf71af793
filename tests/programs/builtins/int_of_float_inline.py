# int(x) with one argument: small ints and floats take an inline path, the rest the
# general one; all must agree with CPython.
values = [0, 7, -7, 0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1.5, -1.5, 123456.789,
          2.0 ** 52 + 0.5, 2.0 ** 61, 2.0 ** 62 - 1024, 2.0 ** 62, -2.0 ** 62, -2.0 ** 62 - 2048,
          2.0 ** 63, -2.0 ** 63, 1e18, 1e19, -1e300, 4611686018427387904, -4611686018427387905,
          True, False, "42", " -3 ", b"12"]
for v in values:
    r = int(v)
    print(repr(v), r, type(r).__name__)


class F(float):
    pass


class I(int):
    def __repr__(self):
        return "I(" + int.__repr__(self) + ")"


print(int(F(2.75)), type(int(F(2.75))).__name__, int(I(5)), type(int(I(5))).__name__)


class T:
    def __int__(self):
        return 9


class Idx:
    def __index__(self):
        return 4


print(int(T()), int(Idx()))
total = 0
for i in range(10000):
    total += int(i * 0.37) + int(-i * 0.37)
print(total)
for bad in [float("inf"), float("-inf"), float("nan"), None, [1]]:
    try:
        int(bad)
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


def shadowed():
    int = lambda x: ("shadow", x)
    return int(2.5)


print(shadowed())
int(float("nan"))
