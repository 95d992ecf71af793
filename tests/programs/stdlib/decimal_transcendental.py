# exp, ln, log10 and powers with non-integral exponents, correctly rounded at several
# precisions, with their special cases and the flags they set.
from decimal import Decimal, localcontext, getcontext, Inexact, Rounded, InvalidOperation, Overflow

D = Decimal
values = ["1", "2", "0.5", "10", "100", "0.001", "2.718281828459045", "123456.789", "1E-20",
          "1.0000001", "9.99E+50", "-3", "0", "-0", "Infinity", "-Infinity", "NaN"]
for prec in (28, 9, 50):
    with localcontext(prec=prec) as ctx:
        ctx.traps[InvalidOperation] = False
        ctx.traps[Overflow] = False
        for text in values:
            x = D(text)
            print(prec, text, x.exp(), x.ln(), x.log10())
        print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[InvalidOperation])

for base, power in [("2", "0.5"), ("10", "0.3010299956639812"), ("1.05", "2.5"), ("27", "1/3"),
                    ("0.5", "-1.5"), ("1000", "1.0001"), ("7", "-0.25"), ("1.000", "0.5"),
                    ("4", "0.5"), ("1E+10", "0.1")]:
    if "/" in power:
        top, bottom = power.split("/")
        exponent = D(top) / D(bottom)
    else:
        exponent = D(power)
    print(base, power, D(base) ** exponent)

# Compound growth with a fractional number of years.
principal = D("1000")
for years in ["0.5", "1.25", "7.75", "30"]:
    amount = principal * (1 + D("0.04")) ** D(years)
    print(years, amount.quantize(D("0.01")))

# Continuous compounding with exp, half-life with ln.
print((D("5000") * (D("0.05") * 10).exp()).quantize(D("0.01")))
print((D(2).ln() / D("0.03")).quantize(D("0.001")))
print(D(1).exp(), D(10).ln(), D(2).log10(), D("1E+100").log10(), D("0.01").log10())

with localcontext(prec=5, Emax=20) as ctx:
    ctx.traps[Overflow] = False
    print(D(100).exp(), D(-100).exp(), D(10) ** D("25.5"), D("0.1") ** D("99.5"))
    print(ctx.flags[Overflow])
print(getcontext().power(D(2), D("0.5")), getcontext().exp(1), getcontext().ln(3), getcontext().log10(5))
print(D("-8") ** D("0.5"))
