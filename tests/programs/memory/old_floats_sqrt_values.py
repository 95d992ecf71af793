# Floats computed by x ** 0.5 (the exponent a literal, a variable, or computed) kept in
# long-lived tuples beside heavy allocation: denormals, huge values, ints, big ints, signed
# zeros and infinities must print exactly as CPython's pow gives them.
import math

vals = [0.0, -0.0, 1.0, 2.0, 4.0, 0.25, 1e-310, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 1e308, 1e-300, math.inf, -math.inf, math.nan,
        3.0, 10.0, 0.1, 1 / 3, 123456789.123, 2.0 ** -1074, 2.0 ** 1023,
        9007199254740993.0, 0.5, 1e-320, 1.5e-323, 4.9406564584124654e-322]
half_var = 0.5
half_div = 1 / 2
half_mul = 0.25 * 2
half_str = float("0.5")
near_half = 0.5000000000000001


def roots(v):
    out = []
    for e in (half_var, half_div, half_mul, half_str, near_half, -0.5):
        try:
            out.append(v ** e)
        except ZeroDivisionError as ex:
            out.append(str(ex))
    out.append(v ** 0.5)
    out.append(pow(v, 0.5))
    return tuple(out)


kept = tuple((repr(v), roots(v)) for v in vals)
ints = tuple((i, i ** 0.5, i ** half_var) for i in
             [0, 1, 2, 3, 7, 16, 10 ** 15, 10 ** 16 + 1, 2 ** 53 + 1, 10 ** 30, 10 ** 300, True, False])
sweep = tuple((2.0 ** k) ** 0.5 for k in range(-1074, 1024, 37))
garbage_total = 0


def churn(n):
    total = 0
    for i in range(n):
        pair = (i * 1.5, (str(i), i ** 0.5))
        total += len(pair[1][0])
    return total


for rnd in range(8):
    garbage_total += churn(15_000)
    junk = [(str(i) + "/" + str(rnd), i * 0.5) for i in range(300)]
    garbage_total += len(junk[-1][0])
    again = tuple((repr(v), roots(v)) for v in vals)
    if again != kept and repr(again) != repr(kept):
        print("changed", rnd)
for name, rs in kept:
    print(name, [repr(r) for r in rs])
for i, a, b in ints:
    print(i, repr(a), repr(b))
print(sum(1 for k, s in zip(range(-1074, 1024, 37), sweep) if s != math.pow(2.0, k / 2)))
print([repr(s) for s in sweep[:3]], repr(sweep[-1]), garbage_total)
z = -0.0
w = z ** 0.5
print(w, math.copysign(1.0, w), (-0.0) ** 0.5, -0.0 ** 0.5, float("-inf") ** 0.5)
acc = 0.0
for i in range(2000):
    x = i * 0.731
    acc += x ** 0.5 + (x * x) ** (1 / 2) + (x + 1e-300) ** 5e-1
print(acc)
try:
    print((10 ** 400) ** 0.5)
except OverflowError as ex:
    print("OverflowError", ex)
