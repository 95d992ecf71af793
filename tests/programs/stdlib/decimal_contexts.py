# Contexts: precision, rounding, localcontext, flags and traps, the three templates,
# context methods and the signal classes' hierarchy.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, BasicContext,
                     ExtendedContext, DefaultContext, Inexact, Rounded, InvalidOperation,
                     DivisionByZero, Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext,
                     DecimalException)

ctx = getcontext()
print(ctx)
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
print(ctx.Etiny(), ctx.Etop())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)

x = Decimal(2) / Decimal(3)
print(x, ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
print(ctx.flags)
print(ctx)
ctx.clear_flags()
print(ctx.flags[Inexact], ctx)

with localcontext() as local:
    local.prec = 6
    print(Decimal(1) / 7, local.prec)
    with localcontext(prec=3, rounding=decimal.ROUND_UP) as inner:
        print(Decimal(1) / 7, inner.rounding, Decimal("1.001") + 0)
    print(Decimal(2).sqrt())
print(Decimal(1) / 7, getcontext().prec)

for mode in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]:
    values = [Decimal(v).quantize(Decimal("0.1"), rounding=mode)
              for v in ["1.25", "1.35", "-1.25", "-1.26", "1.01", "1.51", "0.05", "-0.05"]]
    print(f"{mode:<16}", " ".join(str(v) for v in values))

c = Context(prec=5, rounding=decimal.ROUND_HALF_UP, Emin=-10, Emax=10, traps=[DivisionByZero])
print(c)
print(c.add(Decimal("1.23456"), 1), c.multiply(3, Decimal("0.33333")), c.divide(10, 4))
print(c.power(Decimal("1.1"), 20), c.sqrt(2), c.subtract(1, Decimal("0.000001")))
print(c.create_decimal("3.14159265"), c.create_decimal(Decimal("1234567")), c.quantize(Decimal("2.5"), Decimal(1)))
print(c.divide_int(17, 5), c.remainder(17, 5), c.divmod(17, 5), c.abs(-3), c.minus(3), c.plus(Decimal("1.234567")))
print(c.compare(1, 2), c.max(1, 2), c.min(Decimal("1.0"), Decimal(1)), c.to_sci_string(Decimal("1E+3")))
print(c.multiply(Decimal("9E+10"), 10), c.flags[Overflow], c.flags[Inexact])
print(c.divide(Decimal(1), Decimal("3E+10")), c.flags[Underflow], c.flags[Subnormal])
print(c)
try:
    c.divide(1, 0)
except DivisionByZero as e:
    print("trapped", type(e).__name__, e.args)
print(c.divide(0, 0), c.flags[InvalidOperation])
c.traps[InvalidOperation] = True
try:
    c.sqrt(-4)
except InvalidOperation as e:
    print("trapped", repr(e))
print(c.traps[InvalidOperation], c.traps[Inexact])

# Trapping Inexact turns every rounded result into an exception.
strict = Context(traps=[Inexact])
print(strict.divide(1, 4))
try:
    strict.divide(1, 3)
except Inexact as e:
    print("inexact:", e)

# FloatOperation: mixing floats is flagged, and raises when trapped.
ctx = getcontext()
ctx.clear_flags()
print(Decimal(0.5), ctx.flags[FloatOperation], Decimal("0.5") < 0.75, Decimal("0.5") == 0.5)
ctx.traps[FloatOperation] = True
try:
    Decimal(1.5)
except FloatOperation as e:
    print("float trapped:", e)
try:
    Decimal("1.5") < 2.0
except FloatOperation as e:
    print("comparison trapped:", e)
print(Decimal("1.5") == 1.5)
ctx.traps[FloatOperation] = False

setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt(), Decimal("abc"))
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation])
setcontext(Context())
print(getcontext())

for cls in [Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible,
            DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation]:
    print(cls.__name__, [base.__name__ for base in cls.__mro__[1:]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(DecimalException, ArithmeticError))

try:
    Context(prec=0)
except ValueError as e:
    print(e)
try:
    Context(rounding="sideways")
except TypeError as e:
    print(e)
try:
    localcontext(Emax=-1)
except ValueError as e:
    print(e)
try:
    setcontext("nope")
except TypeError as e:
    print(e)
c = Context(prec=7, flags=[Inexact], traps={sig: False for sig in getcontext().traps})
print(c, c.copy() is c, c.copy().prec)
