# Checks float repr/str, round half-even, format specs, %-formatting, float parsing, math functions and int/float comparisons and hashing.
import math
# floats
print(0.1 + 0.2, 1e16, 1e-5, 1.5e300 * 1e10, -1e16, 123456789.0 * 1000, 1/3)
print(1e22, 1e21, 1e15, 12345678901234567.0, 0.0001, 0.00001, -0.0)
print(float("inf"), float("-inf"), float("nan"), float(" 1.5 "), float("1e3"), float("-.5"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.005, 2), round(0.5), round(1.5))
print(round(123.456, -1), round(-0.5), round(1e300, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(f"{3.14159:.2f}", f"{2.5:.0f}", f"{1e10:e}", f"{1234.5:,.1f}", f"{0.5:%}", f"{1.0:g}", f"{1e-7:g}", f"{123456789.0:g}")
print("%.3f %e %g %10.2f %-8.1f|" % (3.14159, 31415.9, 0.00001234, 2.5, 1.25))
print(str(1.0), repr(2.0), 3.0 == 3, 1.1 * 3, 100.0, 1e100)
print(int(1e20), float(2**1000) if True else 0, 2.0 ** 10, 10.0 // 3, -10.0 // 3, 10.0 % -3, -7.5 % 2)
print(divmod(7.5, 2), abs(-0.0), max(0.0, -0.0), 5e-324, 1.7976931348623157e308)
print(float(10**20), 1e23, 9007199254740993.0, 0.1 * 3, 4.35 * 100)
print("x")
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.pi, math.e, math.inf, math.isnan(math.nan))
print(math.floor(1e20), type(math.floor(2.5)).__name__, math.trunc(-2.7), math.gcd(12, 18), math.fabs(-3))
print(math.log(100, 10), math.log2(8), math.exp(1), math.hypot(3, 4), math.isclose(0.1+0.2, 0.3))
print(float.__name__, (2.5).is_integer(), (2.0).is_integer(), 1.5.as_integer_ratio() if False else "")
print(hash(0.5) == hash(0.5), 0.1 + 0.7, 3.3 - 1.1, 1e-10 * 1e-10)
vals = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-4, 1e-5, 123.456, 1e300, 5e-324, float("inf"), float("nan"), 2.5, 1234567.891, 0.000123456, 100.0, 1e22]
for v in vals:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3}", f"{v:10.4f}|", f"{v:e}", f"{v:.2%}", f"{v:+.1f}", "%s %r %.3g" % (v, v, v))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1e15 + 0.5]:
    print(round(v), round(v, 1), round(v, 2), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}")
print(f"{1234.5678:_.2f}", f"{1e6:,.0f}", f"{-1.5:=+10.2f}", f"{3.0:#g}", f"{3.0:#.0f}", f"{0.1:.20f}", f"{1/3:.17g}")
print(f"{12:e}", f"{12:f}", f"{12:%}", f"{12:g}", f"{12.0:d}" if False else "", f"{1e100:f}"[:20])
print(f"{1.0:>08.2f}", f"{-1.0:08.2f}", f"{2.5:^9}", f"{float('nan'):5}", f"{float('-inf'):+}", f"{1e-320!r}")
print(int(2.5e20), int(-1e19), float(123456789012345678901234567890), 2**0.5 * 2**0.5, 10 ** -2, 10.0 ** 20, 10 ** 20.0)
print(7 // 0.5, 7 % 0.5, -7 // 0.3, 1e300 * 1e300, -1e300 * 1e300, (1e300 * 1e300) - (1e300 * 1e300))
print(3 == 3.0000000000000001, 2**63 == 2.0**63, 2**63 - 1 < 2.0**63, 2**64 + 1 > 2.0**64, float(2**63 - 1))
print(hash(2**63) == hash(2.0**63), hash(-1), hash(-2), hash(10**20) == hash(float(10**20)), {0.5: 1, 1: 2, 1.0: 3})
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), max(float("nan"), 1), min(1, float("nan")))
print(1.0.__repr__() if False else "", abs(-2.5), -(-0.0), 0.0 == -0.0, float("1_000.5"), float("  -inf  "), float("Infinity"), float("nAn"))
