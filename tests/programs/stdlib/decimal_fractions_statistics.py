# Decimals with fractions and statistics: Fraction(Decimal), Fraction.from_decimal,
# mixed comparisons, and the statistics functions keeping Decimal results.
from decimal import Decimal, localcontext
from fractions import Fraction
import statistics, sys
print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.125")), Fraction.from_decimal(3))
try:
    Fraction(Decimal("NaN"))
except ValueError as e:
    print(e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print(e)
data = [Decimal("1.5"), Decimal("2.25"), Decimal("3.125"), Decimal(4), Decimal("0.1")]
print(repr(statistics.mean(data)), repr(statistics.median(data)), repr(statistics.variance(data)))
print(repr(statistics.stdev(data)), repr(statistics.pstdev(data)), repr(statistics.pvariance(data)))
print(repr(statistics.mean([Decimal(1), 2, Decimal(3)])), repr(statistics.median_low(data)), repr(statistics.mode(data)))
with localcontext(prec=6):
    print(repr(statistics.stdev(data)), repr(statistics.mean([Decimal(1), Decimal(2), Decimal(2)])))
print(Decimal("0.5") == Fraction(1, 2), Fraction(1, 2) == Decimal("0.5"), Fraction(1, 3) < Decimal("0.34"))
