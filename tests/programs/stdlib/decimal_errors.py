# Error cases with their exact exception types and messages; ends in an uncaught
# InvalidOperation from a malformed string.
from decimal import (Decimal, getcontext, InvalidOperation, DivisionByZero, Overflow,
                     DecimalException, localcontext, Context)

def attempt(label, action):
    try:
        result = action()
    except Exception as error:
        print(f"{label}: {type(error).__name__}: {error}")
    else:
        print(f"{label}: {result!r}")

D = Decimal
attempt("bad string", lambda: D("1.2.3"))
attempt("empty string", lambda: D(""))
attempt("inner space", lambda: D("1 000"))
attempt("divide by zero", lambda: D(1) / 0)
attempt("zero by zero", lambda: D(0) / D(0))
attempt("int divide by zero", lambda: D(5) // 0)
attempt("modulo zero", lambda: D(5) % 0)
attempt("divmod zero", lambda: divmod(D(5), 0))
attempt("sqrt negative", lambda: D(-2).sqrt())
attempt("overflow", lambda: D("9E+999999") * 10)
attempt("huge quotient", lambda: D("1E+50") // D(3))
attempt("quantize too long", lambda: D("1E+30").quantize(D("0.01")))
attempt("round too long", lambda: round(D("1E+30"), 2))
attempt("inf minus inf", lambda: D("inf") - D("inf"))
attempt("zero times inf", lambda: 0 * D("inf"))
attempt("nan ordering", lambda: D("NaN") < 1)
attempt("snan equality", lambda: D("sNaN") == 1)
attempt("int of nan", lambda: int(D("NaN")))
attempt("int of inf", lambda: int(D("-inf")))
attempt("round inf", lambda: round(D("inf")))
attempt("float of snan", lambda: float(D("sNaN")))
attempt("ratio of inf", lambda: D("inf").as_integer_ratio())
attempt("ratio of nan", lambda: D("nan").as_integer_ratio())
attempt("hash of snan", lambda: hash(D("sNaN")))
attempt("round non-int", lambda: round(D("1.5"), 1.5))
attempt("tuple length", lambda: D((0, (1,))))
attempt("tuple sign", lambda: D((2, (1,), 0)))
attempt("tuple digit", lambda: D((0, (1, 10), 0)))
attempt("tuple exponent", lambda: D((0, (1,), "x")))
attempt("from dict", lambda: D({}))
attempt("from_float str", lambda: D.from_float("1.5"))
attempt("bad context arg", lambda: D("1", 5))
attempt("bad format", lambda: format(D("1.5"), "x"))
attempt("bad format alt", lambda: format(D("1.5"), "#.2f"))
attempt("bad precision", lambda: Context(prec=-3))
attempt("bad capitals", lambda: Context(capitals=2))
attempt("bad Emin", lambda: Context(Emin=5))
attempt("bad clamp", lambda: Context(clamp=3))
attempt("bad keyword", lambda: localcontext(precision=5))
print(isinstance(DivisionByZero(), ZeroDivisionError), getcontext().flags[InvalidOperation])

with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    ctx.traps[DivisionByZero] = False
    ctx.traps[Overflow] = False
    print(D("junk"), D(1) / 0, D(-1) / 0, D(0) / 0, D("9E+999999") * 10, D(-1).sqrt())
    print(ctx)

try:
    D(1) / 0
except DecimalException as error:
    print("caught as DecimalException:", type(error).__name__, error.args)
try:
    D(1) / 0
except ZeroDivisionError as error:
    print("caught as ZeroDivisionError:", error)
try:
    D(0) / 0
except ZeroDivisionError:
    print("not reached: the exception raised is InvalidOperation")
except InvalidOperation as error:
    print("zero by zero raises InvalidOperation:", error)

print(D("twelve"))
