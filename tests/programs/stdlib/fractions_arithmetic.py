# Fraction arithmetic with ints, floats, complex numbers and Fractions; comparisons,
# hashing, rounding.
from fractions import Fraction
import copy
import math


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


a = Fraction(3, 4)
b = Fraction(-5, 6)
for other in [b, 2, -3, True, 0.5, 1.25j + 2, Fraction(1, 3)]:
    print(repr(other), "|", repr(a + other), repr(other + a), repr(a - other), repr(other - a))
    print("  ", repr(a * other), repr(other * a), repr(a / other), repr(other / a))
    if not isinstance(other, complex):
        print("  ", repr(a // other), repr(other // a), repr(a % other), repr(other % a),
              repr(divmod(a, other)), repr(divmod(other, a)))
print(repr(-a), repr(+b), repr(abs(b)), repr(a ** 2), repr(a ** -2), repr(b ** -3), repr(b ** 0),
      repr(a ** Fraction(2)), repr(a ** 0.5), repr(a ** Fraction(1, 2)), repr(4 ** Fraction(1, 2)),
      repr(2 ** Fraction(3)), repr(2 ** Fraction(-2)), repr(Fraction(1, 2) ** Fraction(-1)),
      repr(2.0 ** Fraction(1, 2)), repr(a ** (1 + 1j)))
print(repr(sum([Fraction(1, n) for n in range(1, 11)])), repr(math.prod([Fraction(n, n + 1) for n in range(1, 8)])))

for value in [Fraction(7, 2), Fraction(5, 2), Fraction(-5, 2), Fraction(-7, 3), Fraction(1, 3), Fraction(8)]:
    print(repr(value), round(value), repr(round(value, 1)), repr(round(value, 0)), repr(round(value, -1)),
          math.floor(value), math.ceil(value), math.trunc(value), int(value), bool(value))
print(repr(round(Fraction(12345, 1000), 2)), repr(round(Fraction(-25, 1), -1)), bool(Fraction(0)))

print(a == Fraction(6, 8), a == 0.75, a == 0.7, Fraction(2) == 2, Fraction(2) == 2.0, 2 == Fraction(4, 2),
      a == 0.75 + 0j, a == 1j, a == "3/4", Fraction(1, 2) != 0.5, a == float("nan"), a == float("inf"))
print(a < 1, a > b, 0.7 < a, a <= 0.75, a >= Fraction(3, 4), b < -0.8, a < float("inf"), a > float("nan"),
      -1 < b < 0, sorted([a, b, 0, 0.5, Fraction(1, 3), -1]))
print(max(Fraction(1, 3), 0.3), min(Fraction(2, 3), 1), Fraction(1, 10) * 10 == 1, 0.1 * 10 == 1)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)) == hash(-1),
      hash(Fraction(-3, 8)) == hash(-0.375), hash(Fraction(10 ** 20, 3)) == hash(Fraction(10 ** 20, 3)))
table = {Fraction(1, 2): "half", 3: "three", 0.25: "quarter"}
print(table[0.5], table[Fraction(3)], table[Fraction(1, 4)], len({Fraction(1, 2), 0.5, Fraction(2, 4)}))
print(copy.copy(a) is a, copy.deepcopy(a) is a, repr(copy.copy(b)))

attempt("div zero", lambda: a / 0)
attempt("div zero neg", lambda: b / Fraction(0))
attempt("div zero zero", lambda: Fraction(0) / 0)
attempt("rdiv zero", lambda: 3 / Fraction(0))
attempt("floordiv zero", lambda: a // 0)
attempt("mod zero", lambda: a % Fraction(0))
attempt("pow zero", lambda: Fraction(0) ** -1)
attempt("pow zero neg", lambda: Fraction(0) ** -2)
attempt("add str", lambda: a + "x")
attempt("lt str", lambda: a < "x")
attempt("divmod complex", lambda: divmod(a, 1j))
attempt("float big", lambda: float(Fraction(10 ** 400)))
