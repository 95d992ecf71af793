# Decimals meeting the rest of Python: three-argument pow, math functions, %-formatting,
# copy, json, subclasses, dict keys equal to ints, engineering strings.
import math, copy, json, numbers
from decimal import *
D = Decimal
print(pow(D(3), 4, 5), pow(D(-3), 3, 7), pow(D(2), 100, D(97)), pow(D("3.0"), 2, 7))
print(math.sqrt(D(2)), math.isclose(D("1.0"), 1), "%.3f" % D("1.0005"), "%s|%r|%d" % (D("1.5"), D("2"), D("7.9")))
print(copy.copy(D("1.5")), copy.deepcopy([D("2.5")]), isinstance(D(1), numbers.Number))
class Money(Decimal):
    pass
m = Money("1.25")
print(type(m).__name__, m, repr(m), type(m + 1).__name__, Money(m) == D("1.25"))
print(D("1.5").__round__(), D(7).__floor__(), D("-0.5").__ceil__())
try:
    json.dumps(D(1))
except TypeError as e:
    print(e)
print(D(3) == 3.0, hash(D("3.0")) == hash(3), {D("1.0"): 1}[1], D("-0") == 0, max([D(1), D("1.0")]))
print(D(12345).to_eng_string(), D("1E+7").to_eng_string(), D("0.00001234").to_eng_string())
print(Context().create_decimal("1.234567890123456789012345678901"), Context(prec=3).create_decimal(1.1))
print(D("1.1").is_normal(), D("1E-999999").is_subnormal(), getcontext().Etiny())
print(D(10).quantize(D("1E+1")), D(10).quantize(D("1E+1")).as_tuple())
print(divmod(D("-7.5"), D(2)), D("-7.5") // 2, D("-7.5") % 2)
print(D.from_float(1e300), D(2) ** 0.5 if False else "")
