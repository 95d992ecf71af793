# Construction from every kind of value, arithmetic with Decimals and ints,
# comparisons across numeric types, hashing, conversions and the query methods.
import math
from fractions import Fraction
from decimal import Decimal, DecimalTuple, getcontext

D = Decimal
for value in [0, -7, 10 ** 30, "3.14", "-0.0", " +1.5e-3 ", "1_234.5", "inf", "-Infinity", "nan",
              "NaN123", "-sNaN", "1E+999999", ".5", "5.", 0.1, -2.5, 1e100, float("inf"),
              (0, (1, 2, 3), -2), (1, (4, 5), 3), (0, (), "F"), [1, (0,), 0], D("8.8")]:
    d = D(value)
    print(repr(value), "->", repr(d), d.as_tuple())

a, b = D("12.345"), D("-0.6")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(a + 1, 2 - a, a * 3, 10 / a, 7 // b, 7 % b, divmod(100, a), a ** 2, 2 ** D(10), D(2) ** -3)
print(D(-7) // 2, D(-7) % 2, divmod(D(-7), 2), D(7) // -2, D("7.5") % D("0.2"))
print(D(1) / 3 * 3, D(2) / 3, D(1) / 8, D(100) / D("0.001"), D("1.00") / D("4"))
print(D("1.30") + D("1.20"), D("1.3") * D("1.30"), D("0.10") - D("0.1"), D("-0") + D("0"))
print(D(3).sqrt(), D("0.25").sqrt(), D(100).sqrt(), D("1.0000").sqrt(), D(0).sqrt(), D("2E-7").sqrt())
print(D("1.05") ** 12, D("0.5") ** 30, D(-2) ** 7, D(3) ** 0, D("1.000") ** 3)

print(D("1.0") == 1, D("1.5") == 1.5, D("0.1") == 0.1, D(1) == Fraction(1), D("0.5") == Fraction(1, 2))
print(D("1.5") < 2, D("1.5") > Fraction(3, 2), D(3) >= 3.0, D("-Infinity") < -10 ** 100, D(2) != 2)
print(D("NaN") == D("NaN"), D("NaN") != 1, 2 in [D("2.0")], D("1.10") in {D("1.1"): "x"})
print(sorted([D(3), 1, 2.5, Fraction(7, 4), D("-0.5")]), max(D(1), 2), min(D("0.1"), 0.05))
for x in [D(0), D("1.5"), D("-2.25"), D(10) ** 20, D("1E-5"), D("Infinity"), D(-7)]:
    print(hash(x) == hash(float(x)) or hash(x) == hash(Fraction(*x.as_integer_ratio())) if x.is_finite() else hash(x))
print(hash(D(5)) == hash(5), hash(D("0.5")) == hash(0.5), hash(D("1.00")) == hash(1), len({D(1), D("1.0"), 1, 1.0}))

x = D("-123.4567")
print(int(x), float(x), round(x), round(x, 2), round(x, -1), math.floor(x), math.ceil(x), math.trunc(x))
print(round(D("2.5")), round(D("3.5")), round(D("-0.5")), round(D("0.125"), 2), bool(D(0)), bool(D("0.01")))
print(x.as_integer_ratio(), D("0.75").as_integer_ratio(), D(12).as_integer_ratio(), x.adjusted(), D("1E+5").adjusted())
print(x.to_integral_value(), D("2.5").to_integral_value(), D("-2.5").to_integral(), x.normalize(),
      D("120.00").normalize(), D("0.000").normalize())
print(x.copy_abs(), x.copy_negate(), D(3).copy_sign(x), x.is_signed(), x.is_zero(), D("-0").is_zero())
print(D("nan").is_nan(), D("-inf").is_infinite(), x.is_finite(), D("sNaN").is_snan(), D("NaN").is_qnan())
print(x.compare(1), D(1).compare(D("1.0")), D(1).compare_total(D("1.0")), D("NaN").compare(1))
print(D("1.0").max(D("1")), D("-2").min(D(1)), D("NaN").max(D(5)), D(3).max_mag(D(-4)))
print(D("12.34").quantize(D("0.1")), D("12.35").quantize(D("1E-1")), D("1.5").quantize(D(1)), D(7).quantize(D("0.000")))
print(D("1.2345").same_quantum(D("0.0001")), x.number_class(), D("0").number_class(), D("-inf").number_class())
print(D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D(5).scaleb(3), D("0.05").logb())
print(D(10).remainder_near(D(6)), D(10).remainder_near(D(4)), D(2).fma(3, 4), D("1101").logical_and(D("111")))
print(D("1010").logical_or(D("0101")), D("1100").logical_xor(D("1010")), D(123456).shift(2), D(123456).rotate(-2))
print(D.from_float(0.25), D.from_float(-3), DecimalTuple(0, (1,), -2), D(DecimalTuple(1, (2, 5), -1)))
print(x.real, x.imag, x.conjugate(), complex(D("1.5")), D(7).radix())
print(getcontext())
