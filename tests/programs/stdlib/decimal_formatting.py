# format() and f-strings with Decimals: fixed, exponent, general and percent types,
# precision, width, alignment, fill, sign, zero padding, thousands separators, and
# str/repr in plain and scientific notation.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP

values = ["0", "-0", "1", "-1.5", "0.000123456", "123456789.987654321", "1E+10", "1.2E-8",
          "-0.005", "99.995", "2.675", "1000000", "Infinity", "-Infinity", "NaN", "12345.6789E-3"]
specs = ["", ".2f", ",.2f", ".0f", "f", ".3e", "E", ".4g", "G", ".2%", "%", ">15,.3f", "<12.1f",
         "^14.2e", "+.2f", " .3f", "015.4f", "0=15,.2f", "*>12", "_<10.2f", "=+12.2f", ".10g",
         ".1g", ".0e", "z.2f", "+,.0f", "20,", ".3"]
for text in values:
    value = Decimal(text)
    print(f"{text:>22} str={value} repr={value!r}")
    print("   ", " | ".join(format(value, spec) for spec in specs))

amounts = [Decimal("1234.5"), Decimal("-98765.4321"), Decimal("0.1"), Decimal("1E+6")]
for amount in amounts:
    print(f"[{amount:>14,.2f}] [{amount:<14.3f}] [{amount:^14.1e}] [{amount:+.2%}] [{amount:12}]")

# The context's rounding applies to formatting.
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.999"), ".2f"), format(Decimal("-2.999"), ".1f"), f"{Decimal('0.987'):.1%}")
with localcontext(rounding=ROUND_HALF_UP):
    print(format(Decimal("2.345"), ".2f"), format(Decimal("2.5"), ".0f"))
with localcontext(capitals=0):
    print(Decimal("1E+20"), Decimal("1.5E-9"), format(Decimal("1E+20"), ""), repr(Decimal("7E+3")))

# Scientific notation switches exactly where the specification says.
for text in ["1E-6", "1E-7", "0.0000001", "0.00000123", "123E+0", "123E+1", "123E-10", "0E-7",
             "0E+2", "-0E-3", "1.000E+5", "5E-1000", "12.3456789012345678901234567890"]:
    value = Decimal(text)
    print(text, str(value), value.to_eng_string())
print(str(Decimal("1.23E+5")), Decimal("-1.5e3"), Decimal("  7.50  "), Decimal("1_000.000_1"))
print("%s %r" % (Decimal("3.10"), Decimal("3.10")), "{:.3f}".format(Decimal("2.5")), "{0:,}".format(Decimal("1234567.1")))
