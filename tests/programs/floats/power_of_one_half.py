# `x ** 0.5` must be libm's pow, not sqrt: the two differ for some doubles, and the
# compiled fast path takes sqrt only where the results provably agree.
import math


def roots(values, exponent):
    return [v ** exponent for v in values]


def midpoint_squares(count):
    # Squares of values halfway between neighbouring doubles: the hardest cases.
    values = []
    s = 1.0
    for i in range(count):
        s = s * 1.0000001 + 0.37
        values.append(s * s * (1 + 1e-16 * (i % 5 - 2)))
    return values


values = midpoint_squares(20000)
half = 0.5
pow_roots = roots(values, half)
sqrt_roots = [math.sqrt(v) for v in values]
print("pow differs from sqrt:", sum(1 for a, b in zip(pow_roots, sqrt_roots) if a != b))
print("checksum", sum(pow_roots))
print([repr(r) for r in pow_roots[:5]])

specials = [4.0, 2.0, 1e-300, 5e-324, 1e308, float("inf"), 0.0, 1e-291, 1e-289]
for v in specials:
    print(v, v ** 0.5)
print(float("nan") ** 0.5)
x = 2.0
for exponent in [0.5, 0.25, 1.5, 0.5]:
    print(exponent, x ** exponent)
print(9 ** 0.5, 10 ** 0.5, True ** 0.5)
