# Fraction: construction from ints, strings, floats and pairs; normalisation, text forms.
from fractions import Fraction
import fractions
import math
import numbers


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


for value in [Fraction(), Fraction(3), Fraction(-7), Fraction(6, 8), Fraction(6, -8), Fraction(-6, -8),
              Fraction(0, -5), Fraction(Fraction(1, 3)), Fraction(Fraction(1, 3), Fraction(2, 5)),
              Fraction(True), Fraction(3, True), Fraction(10 ** 30, 4 * 10 ** 20)]:
    print(repr(value), str(value), value.numerator, value.denominator, value.as_integer_ratio())
for text in ["3/4", " -1.5e3 ", "+7", "-0", "1.", ".5", "2.50", "1e-3", "1E+2", "-3/6", "1_000/3_0",
             "0.1_25", "\t12\n", "9" * 25 + "/3", "7e0", "0012/0004"]:
    attempt(text, lambda: Fraction(text))
for text in ["x", "", "1/", "/2", "1/2/3", "1 /2", "1.5/2", "1__0", "_1", "1_", ".", "e5", "1e", "1.5e3.1",
             "- 1", "0x10", "inf", "nan", "1/0", "3/-4"]:
    attempt(repr(text), lambda: Fraction(text))
for number in [0.5, 0.1, -2.75, 1e100, 5e-324, 0.0, -0.0]:
    print(number, repr(Fraction(number)), repr(Fraction.from_float(number)))
attempt("inf", lambda: Fraction(float("inf")))
attempt("nan", lambda: Fraction(float("nan")))
attempt("from_float int", lambda: Fraction.from_float(3))
attempt("from_float str", lambda: Fraction.from_float("3"))
attempt("zero", lambda: Fraction(1, 0))
attempt("zero neg", lambda: Fraction(-5, 0))
attempt("zero pair", lambda: Fraction(Fraction(1, 2), 0))
attempt("float pair", lambda: Fraction(3, 4.0))
attempt("list", lambda: Fraction([1]))
attempt("complex", lambda: Fraction(1j))

pi = Fraction(math.pi)
print(repr(pi))
for limit in (1, 2, 7, 10, 100, 1000, 10 ** 6):
    print(limit, repr(pi.limit_denominator(limit)))
print(repr(Fraction(4321, 8765).limit_denominator(10000)), repr(Fraction(1, 2).limit_denominator(1)),
      repr(Fraction(3, 2).limit_denominator(1)), repr(Fraction(-17, 10).limit_denominator(3)),
      repr(Fraction("0.333333").limit_denominator()))
attempt("limit", lambda: Fraction(1, 3).limit_denominator(0))

print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral),
      issubclass(Fraction, numbers.Number), fractions.Fraction is Fraction)
print(isinstance(3, numbers.Integral), isinstance(True, numbers.Rational), isinstance(2.5, numbers.Real),
      isinstance(2.5, numbers.Rational), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real),
      isinstance("3", numbers.Number), issubclass(int, numbers.Complex), issubclass(complex, numbers.Number))


class Ratio(Fraction):
    def describe(self):
        return f"{self.numerator} over {self.denominator}"


ratio = Ratio(2, 4)
print(repr(ratio), ratio.describe(), type(ratio + 1).__name__, repr(+ratio), type(abs(ratio)).__name__)
print(Fraction(1, 3).real, Fraction(1, 3).imag, Fraction(1, 3).conjugate(), complex(Fraction(1, 4)))
print(float(Fraction(1, 3)), float(Fraction(10 ** 400, 10 ** 399)), int(Fraction(-7, 2)), int(Fraction(7, 2)))

# An unparsable literal, left uncaught.
Fraction("one half")
