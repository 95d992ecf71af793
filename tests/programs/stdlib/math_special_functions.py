import math

values = [0.0, -0.0, 0.5, 1.0, 1.5, 2.0, 3.7, 10.0, 25.5, 100.25, 171.5, -0.5, -1.5, -2.5, -170.5,
          1e-10, 1e-25, 1e300, -1e-300, 5e-324]
for name in ["acosh", "asinh", "atanh", "cbrt", "exp2", "expm1", "log1p", "erf", "erfc",
             "gamma", "lgamma", "frexp", "modf", "ulp"]:
    f = getattr(math, name)
    out = []
    for x in values + [float("inf"), float("-inf"), float("nan")]:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(f"{type(e).__name__}({e})")
    print(name, " ".join(out))

for k in range(1, 40):
    x = k * 0.37 - 5.0
    print(k, repr(math.gamma(x)), repr(math.lgamma(x)))

print(math.gamma(5), math.gamma(23), math.gamma(24), math.lgamma(1), math.lgamma(2))
print(math.ldexp(0.75, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(-2.5, -5))
print(math.ldexp(1.0, -10 ** 20), math.ldexp(0.0, 10 ** 20), math.ldexp(float("inf"), -3))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(2.0, 2.0))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7.5, 2), math.remainder(5, float("inf")))
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(1e200, 1e200),
      math.hypot(-2, float("nan"), float("inf")))
print(math.hypot(1e-320, 1e-320), math.hypot(0.1, 0.2, 0.3, 0.4))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (0.25,)))
for x in range(1, 30):
    print(repr(math.hypot(x * 0.1, x * 0.7, 1 / x)), end=" ")
print()
for bad in [lambda: math.gamma(0), lambda: math.gamma(-3), lambda: math.gamma(172), lambda: math.lgamma(-2),
            lambda: math.ldexp(1.0, 2000), lambda: math.ldexp(1.0, 2.0), lambda: math.remainder(1, 0),
            lambda: math.dist((1, 2), (1,)), lambda: math.atanh(1), lambda: math.exp2(2000),
            lambda: math.acosh(0.5), lambda: math.expm1(1000), lambda: math.log1p(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(math.erf(float("nan")), math.frexp(0.0), math.modf(-3.25))
math.gamma(-1.0)
