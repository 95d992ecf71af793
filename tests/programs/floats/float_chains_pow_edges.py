# Float arithmetic chains: mixed operands, pow edge cases, errors mid-expression, order of evaluation
import math
def t(name, v):
    print(name, v)
    return v
def attempt(fn):
    try:
        r = fn()
        print(repr(r))
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
x = 1.5
n = 3
b = True
big = 10 ** 30
print(x * n + b - 0.25 / n, n / 2 * x + True * False, (x + n) * (b + x) ** 2)
print(big * x, big / 3.0, x + big, big // 1.5, big % 7.5, -big % 7.5, divmod(big, 2.5))
print(2 ** 0.5 * 2 ** 0.5, 10 ** -2, 2 ** -1, (-8) ** (1 / 3) if False else 0, 0.0 ** 0, 0 ** 0.0)
attempt(lambda: 0.0 ** -1)
attempt(lambda: 0 ** -1)
attempt(lambda: 10.0 ** 400)
attempt(lambda: 2 ** 10000 * 1.0)
attempt(lambda: float(2 ** 1024))
attempt(lambda: 2 ** 1023 * 2.0)
attempt(lambda: 1e308 * 10)
attempt(lambda: math.inf ** 0)
attempt(lambda: math.nan ** 0)
attempt(lambda: 1 ** math.nan)
attempt(lambda: 1.0 ** math.inf)
attempt(lambda: (-1.0) ** math.inf)
attempt(lambda: 0.5 ** math.inf)
attempt(lambda: 2.0 ** -math.inf)
attempt(lambda: (-math.inf) ** 3)
attempt(lambda: (-math.inf) ** 2)
attempt(lambda: (-math.inf) ** -3)
attempt(lambda: (-0.0) ** -3)
attempt(lambda: (-0.0) ** 3)
attempt(lambda: math.inf - math.inf)
attempt(lambda: math.inf * 0)
attempt(lambda: 1 / (x - 1.5) + 2)
attempt(lambda: 3 + 4 * (n // (b - True)))
attempt(lambda: x % 0)
attempt(lambda: 5 % 0.0)
attempt(lambda: divmod(x, 0))
attempt(lambda: x // 0.0)
attempt(lambda: big ** 0.5)
attempt(lambda: (10 ** 400) / 1.5)
attempt(lambda: 1.5 / 10 ** 400)
attempt(lambda: 10 ** 400 / 10 ** 399)
attempt(lambda: (-2) ** 0.5 if False else (-2) ** 2.0)
attempt(lambda: 2 ** -1074 if False else 2.0 ** -1075)
attempt(lambda: -7 // 2.0 + -7 % 2.0)
attempt(lambda: 7.5 % -2 + -7.5 % 2)
attempt(lambda: round(2.675, 2) * 100)
attempt(lambda: "ab" * 3 + "c" * True + "d" * -1)
attempt(lambda: [1, 2] * 2 + [0] * False)
attempt(lambda: "a" * 2.0)
attempt(lambda: "a" + 1.0)
attempt(lambda: 1.0 + None)
attempt(lambda: x < "a")
attempt(lambda: [1] * (2 ** 100))
# evaluation order with side effects
r = t("a", 1) + t("b", 2.5) * t("c", 3) - t("d", 4) / t("e", 0.5)
print(r)
try:
    r = t("a", 1.0) + t("b", 2) / t("c", 0) + t("d", 5)
except ZeroDivisionError as e:
    print("ZDE", e)
r = t("p", 2.0) ** t("q", 3) ** t("r", 0.5)
print(r)
print(t("l", 1.5) < t("m", 2) < t("n", 1.0), t("o", 0.1) + 0.2 == 0.3)
# comparisons of arithmetic results
a, c = 0.1, 0.2
print(a + c == 0.3, a + c > 0.3, (a + c) - 0.3 < 1e-15, 1 / 3 * 3 == 1.0, 2 ** 53 + 1.0 == 2 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > math.inf, -10 ** 400 < -math.inf, math.nan == math.nan, math.nan != math.nan)
print(int(1e18) == 1e18, 10 ** 18 + 1 == 1e18, 0.5 + True == 1.5, -0.0 == 0, 1.0 * big == big)
# += on list items and attributes
L = [1, 2.5, True, 10 ** 20]
L[0] += 0.5
L[1] *= 2
L[2] += True
L[3] /= 10
L[-1] -= 1
print(L)
class P: pass
p = P()
p.v = 1
for i in range(5):
    p.v *= 1.5
    p.v -= i
print(p.v)
p.v **= 2
p.v //= 3
print(p.v)
L2 = [[0.0] * 3 for _ in range(2)]
for i in range(6):
    L2[i % 2][i % 3] += i * 0.5
print(L2)
