"""Decimal fixed- and floating-point arithmetic: CPython's `decimal`, written for closc.

A Decimal is sign * coefficient * 10**exponent with the coefficient kept as a Python
int, or one of the special values Infinity, NaN (quiet) and sNaN (signaling), whose
NaN payload sits in the coefficient. Results are rounded by a Context (precision,
rounding mode, exponent limits); each operation gathers the conditions it met as bits
of a status word and hands them to the context at the end, which records them as
flags and raises the first trapped one in CPython's order, with the list of trapped
conditions as its argument (`decimal.InvalidOperation: [<class
'decimal.ConversionSyntax'>]`), as the C `_decimal` module does.
"""

import math
import numbers
from collections import namedtuple

__all__ = [
    "Decimal", "Context", "DecimalTuple",
    "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero",
    "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
    "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
    "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY", "HAVE_THREADS",
    "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The conditions an operation can meet, as bits of a status word. The four
# conditions below InvalidOperation are reported as InvalidOperation's flag.
_INVALID = 1
_CONVERSION = 2
_DIV_IMPOSSIBLE = 4
_DIV_UNDEFINED = 8
_INVALID_CONTEXT = 16
_FLOAT_OPERATION = 32
_DIV_BY_ZERO = 64
_OVERFLOW = 128
_UNDERFLOW = 256
_SUBNORMAL = 512
_INEXACT = 1024
_ROUNDED = 2048
_CLAMPED = 4096
_ALL_INVALID = _INVALID | _CONVERSION | _DIV_IMPOSSIBLE | _DIV_UNDEFINED | _INVALID_CONTEXT

# Each condition's class, in the order CPython lists them in an exception's argument.
_CONDITIONS = (
    (_INVALID, InvalidOperation), (_CONVERSION, ConversionSyntax),
    (_DIV_IMPOSSIBLE, DivisionImpossible), (_DIV_UNDEFINED, DivisionUndefined),
    (_INVALID_CONTEXT, InvalidContext), (_FLOAT_OPERATION, FloatOperation),
    (_DIV_BY_ZERO, DivisionByZero), (_OVERFLOW, Overflow), (_UNDERFLOW, Underflow),
    (_SUBNORMAL, Subnormal), (_INEXACT, Inexact), (_ROUNDED, Rounded), (_CLAMPED, Clamped),
)

# Each signal and the status bits it stands for, in the order of a flags or traps
# mapping; the first trapped one is the exception raised.
_SIGNALS = (
    (InvalidOperation, _ALL_INVALID), (FloatOperation, _FLOAT_OPERATION),
    (DivisionByZero, _DIV_BY_ZERO), (Overflow, _OVERFLOW), (Underflow, _UNDERFLOW),
    (Subnormal, _SUBNORMAL), (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED),
)

# A Context's repr lists its signals in libmpdec's bit order, where the conditions of
# InvalidOperation sit at different places; the signal shows at its first set bit.
_REPR_ORDER = (
    (_CLAMPED, "Clamped"), (_CONVERSION, "InvalidOperation"), (_DIV_BY_ZERO, "DivisionByZero"),
    (_DIV_IMPOSSIBLE, "InvalidOperation"), (_DIV_UNDEFINED, "InvalidOperation"),
    (_INEXACT, "Inexact"), (_INVALID_CONTEXT, "InvalidOperation"),
    (_INVALID, "InvalidOperation"), (_FLOAT_OPERATION, "FloatOperation"),
    (_OVERFLOW, "Overflow"), (_ROUNDED, "Rounded"), (_SUBNORMAL, "Subnormal"),
    (_UNDERFLOW, "Underflow"),
)

# Kinds of Decimal.
_FINITE = 0
_INFINITE = 1
_QNAN = 2
_SNAN = 3

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159
_HASH_TEN_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _bits_of_signal(signal):
    for candidate, bits in _SIGNALS:
        if candidate is signal:
            return bits
    raise KeyError(signal)


def _bits_of_signals(signals):
    """Status bits from a list of signals or a mapping of signal to bool."""
    bits = 0
    if isinstance(signals, dict):
        for signal, on in signals.items():
            if on:
                bits |= _bits_of_signal(signal)
        if len(signals) != len(_SIGNALS):
            raise KeyError("invalid signal dict")
        return bits
    for signal in signals:
        bits |= _bits_of_signal(signal)
    return bits


class _SignalDict:
    """A Context's flags or traps: a mapping of each signal to whether it is set,
    backed by the context's status bits."""

    def __init__(self, context, field):
        self._context = context
        self._field = field

    def _bits(self):
        return getattr(self._context, self._field)

    def __getitem__(self, signal):
        return bool(self._bits() & _bits_of_signal(signal))

    def __setitem__(self, signal, on):
        bits = _bits_of_signal(signal)
        current = self._bits()
        setattr(self._context, self._field, current | bits if on else current & ~bits)

    def __delitem__(self, signal):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, signal):
        return any(candidate is signal for candidate, _ in _SIGNALS)

    def __iter__(self):
        return iter([signal for signal, _ in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return [signal for signal, _ in _SIGNALS]

    def values(self):
        bits = self._bits()
        return [bool(bits & mask) for _, mask in _SIGNALS]

    def items(self):
        bits = self._bits()
        return [(signal, bool(bits & mask)) for signal, mask in _SIGNALS]

    def get(self, signal, default=None):
        if signal in self:
            return self[signal]
        return default

    def copy(self):
        return dict(self.items())

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.items() == other.items()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented

    def __repr__(self):
        parts = [f"{signal!r}:{on}" for signal, on in self.items()]
        return "{" + ", ".join(parts) + "}"


class Context:
    """The environment of arithmetic: precision, rounding, exponent limits, and
    which signals are recorded (flags) and raised (traps)."""

    __closc_type_name__ = "decimal.Context"
    __slots__ = ("_prec", "_rounding", "_emin", "_emax", "_capitals", "_clamp",
                 "_flag_bits", "_trap_bits")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        template = DefaultContext if _template_ready else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._emin = -999999
        self._emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flag_bits = 0
        self._trap_bits = _ALL_INVALID | _DIV_BY_ZERO | _OVERFLOW
        if template is not None:
            self._prec = template._prec
            self._rounding = template._rounding
            self._emin = template._emin
            self._emax = template._emax
            self._capitals = template._capitals
            self._clamp = template._clamp
            self._trap_bits = template._trap_bits
        _configure(self, prec, rounding, Emin, Emax, capitals, clamp, flags, traps)

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not 1 <= value <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not MIN_EMIN <= value <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._emin = value

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if not 0 <= value <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if value not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, "_flag_bits")

    @flags.setter
    def flags(self, value):
        self._flag_bits = _bits_of_signals(value)

    @property
    def traps(self):
        return _SignalDict(self, "_trap_bits")

    @traps.setter
    def traps(self, value):
        self._trap_bits = _bits_of_signals(value)

    def _signal(self, status):
        """Record the conditions of `status` as flags; raise if any is trapped."""
        self._flag_bits |= status
        trapped = status & self._trap_bits
        if trapped:
            conditions = [cls for bit, cls in _CONDITIONS if trapped & bit]
            for signal, bits in _SIGNALS:
                if trapped & bits:
                    raise signal(conditions)

    def Etiny(self):
        return self._emin - self._prec + 1

    def Etop(self):
        return self._emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flag_bits = 0

    def clear_traps(self):
        self._trap_bits = 0

    def copy(self):
        twin = object.__new__(Context)
        twin._prec = self._prec
        twin._rounding = self._rounding
        twin._emin = self._emin
        twin._emax = self._emax
        twin._capitals = self._capitals
        twin._clamp = self._clamp
        twin._flag_bits = self._flag_bits
        twin._trap_bits = self._trap_bits
        return twin

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self._prec, self._rounding, self._emin, self._emax,
                          self._capitals, self._clamp, _signal_names(self._flag_bits),
                          _signal_names(self._trap_bits)))

    def __repr__(self):
        return (f"Context(prec={self._prec}, rounding={self._rounding}, "
                f"Emin={self._emin}, Emax={self._emax}, capitals={self._capitals}, "
                f"clamp={self._clamp}, flags=[{', '.join(_signal_names(self._flag_bits))}], "
                f"traps=[{', '.join(_signal_names(self._trap_bits))}])")

    def create_decimal(self, num="0"):
        if isinstance(num, float):
            self._signal(_FLOAT_OPERATION)
        value = _convert_any(num, self)
        if value._kind >= _QNAN:
            if value._int and _digits(value._int) > self._prec - self._clamp:
                self._signal(_CONVERSION)
                return _new(0, 0, 0, _QNAN)
            return value
        if value._kind == _INFINITE:
            return value
        return _fit_report(self, value._sign, value._int, value._exp)

    def create_decimal_from_float(self, f):
        value = Decimal.from_float(f)
        return _fit_report(self, value._sign, value._int, value._exp) \
            if value._kind == _FINITE else value

    # The arithmetic of Decimal with this context instead of the current one.

    def abs(self, a):
        return _need(a, self).__abs__(self)

    def add(self, a, b):
        return _add(_need(a, self), _need(b, self), self, 0)

    def subtract(self, a, b):
        return _add(_need(a, self), _need(b, self), self, 1)

    def multiply(self, a, b):
        return _multiply(_need(a, self), _need(b, self), self)

    def divide(self, a, b):
        return _divide(_need(a, self), _need(b, self), self)

    def divide_int(self, a, b):
        return _divide_integer(_need(a, self), _need(b, self), self, 0)

    def remainder(self, a, b):
        return _divide_integer(_need(a, self), _need(b, self), self, 1)

    def divmod(self, a, b):
        return _divide_integer(_need(a, self), _need(b, self), self, 2)

    def remainder_near(self, a, b):
        return _need(a, self).remainder_near(_need(b, self), self)

    def power(self, a, b, modulo=None):
        return _need(a, self).__pow__(_need(b, self), modulo, self)

    def minus(self, a):
        return _need(a, self).__neg__(self)

    def plus(self, a):
        return _need(a, self).__pos__(self)

    def compare(self, a, b):
        return _need(a, self).compare(b, self)

    def compare_signal(self, a, b):
        return _need(a, self).compare_signal(b, self)

    def compare_total(self, a, b):
        return _need(a, self).compare_total(b)

    def compare_total_mag(self, a, b):
        return _need(a, self).compare_total_mag(b)

    def max(self, a, b):
        return _need(a, self).max(b, self)

    def min(self, a, b):
        return _need(a, self).min(b, self)

    def max_mag(self, a, b):
        return _need(a, self).max_mag(b, self)

    def min_mag(self, a, b):
        return _need(a, self).min_mag(b, self)

    def quantize(self, a, b):
        return _need(a, self).quantize(b, context=self)

    def same_quantum(self, a, b):
        return _need(a, self).same_quantum(b)

    def sqrt(self, a):
        return _need(a, self).sqrt(self)

    def exp(self, a):
        return _need(a, self).exp(self)

    def ln(self, a):
        return _need(a, self).ln(self)

    def log10(self, a):
        return _need(a, self).log10(self)

    def logb(self, a):
        return _need(a, self).logb(self)

    def scaleb(self, a, b):
        return _need(a, self).scaleb(b, self)

    def fma(self, a, b, c):
        return _need(a, self).fma(b, c, self)

    def normalize(self, a):
        return _need(a, self).normalize(self)

    def to_integral_value(self, a):
        return _need(a, self).to_integral_value(context=self)

    def to_integral_exact(self, a):
        return _need(a, self).to_integral_exact(context=self)

    to_integral = to_integral_value

    def to_sci_string(self, a):
        return _need(a, self)._to_string(self._capitals, False)

    def to_eng_string(self, a):
        return _need(a, self)._to_string(self._capitals, True)

    def next_plus(self, a):
        return _need(a, self).next_plus(self)

    def next_minus(self, a):
        return _need(a, self).next_minus(self)

    def next_toward(self, a, b):
        return _need(a, self).next_toward(b, self)

    def number_class(self, a):
        return _need(a, self).number_class(self)

    def canonical(self, a):
        return _need(a, self)

    def copy_abs(self, a):
        return _need(a, self).copy_abs()

    def copy_negate(self, a):
        return _need(a, self).copy_negate()

    def copy_sign(self, a, b):
        return _need(a, self).copy_sign(b)

    def copy_decimal(self, a):
        return _need(a, self)

    def is_canonical(self, a):
        return _need(a, self).is_canonical()

    def is_finite(self, a):
        return _need(a, self).is_finite()

    def is_infinite(self, a):
        return _need(a, self).is_infinite()

    def is_nan(self, a):
        return _need(a, self).is_nan()

    def is_qnan(self, a):
        return _need(a, self).is_qnan()

    def is_snan(self, a):
        return _need(a, self).is_snan()

    def is_signed(self, a):
        return _need(a, self).is_signed()

    def is_zero(self, a):
        return _need(a, self).is_zero()

    def is_normal(self, a):
        return _need(a, self).is_normal(self)

    def is_subnormal(self, a):
        return _need(a, self).is_subnormal(self)

    def logical_and(self, a, b):
        return _need(a, self).logical_and(b, self)

    def logical_or(self, a, b):
        return _need(a, self).logical_or(b, self)

    def logical_xor(self, a, b):
        return _need(a, self).logical_xor(b, self)

    def logical_invert(self, a):
        return _need(a, self).logical_invert(self)

    def rotate(self, a, b):
        return _need(a, self).rotate(b, self)

    def shift(self, a, b):
        return _need(a, self).shift(b, self)


def _signal_names(bits):
    names = []
    for bit, name in _REPR_ORDER:
        if bits & bit and name not in names:
            names.append(name)
    return names


def _configure(context, prec, rounding, Emin, Emax, capitals, clamp, flags, traps):
    if prec is not None:
        context.prec = prec
    if rounding is not None:
        context.rounding = rounding
    if Emin is not None:
        context.Emin = Emin
    if Emax is not None:
        context.Emax = Emax
    if capitals is not None:
        context.capitals = capitals
    if clamp is not None:
        context.clamp = clamp
    if flags is not None:
        context.flags = flags
    if traps is not None:
        context.traps = traps


_template_ready = False
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])
_template_ready = True
# Where exact results are computed: no rounding, no exponent limits.
_EXACT_CONTEXT = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])

_current = None


def getcontext():
    """The current context (a copy of DefaultContext until setcontext is called)."""
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flag_bits = 0
    _current = context


class _ContextManager:
    def __init__(self, context):
        self.new_context = context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, kind, value, traceback):
        setcontext(self.saved_context)


_CONTEXT_FIELDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


def localcontext(ctx=None, **changes):
    """A context manager making a copy of ctx (or of the current context), with the
    attributes given as keywords changed, current inside the with block."""
    for name in changes:
        if name not in _CONTEXT_FIELDS:
            raise TypeError(f"'{name}' is an invalid keyword argument for this function")
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    fresh = ctx.copy()
    _configure(fresh, *[changes.get(name) for name in _CONTEXT_FIELDS])
    return _ContextManager(fresh)


# --- Making Decimals ---------------------------------------------------------------

def _new(sign, coefficient, exponent, kind=_FINITE):
    made = object.__new__(Decimal)
    made._sign = sign
    made._int = coefficient
    made._exp = exponent
    made._kind = kind
    return made


def _from_int(value):
    if value < 0:
        return _new(1, -value, 0)
    return _new(0, value, 0)


def _digits(coefficient):
    return len(str(coefficient))


def _parse(text):
    """(sign, coefficient, exponent, kind) of a numeric string, or None."""
    body = text.strip().replace("_", "")
    if not body.isascii():
        body = "".join(str(int(ch)) if ch.isdecimal() else ch for ch in body)
    sign = 0
    if body[:1] in ("+", "-"):
        sign = 1 if body[0] == "-" else 0
        body = body[1:]
    lowered = body.lower()
    if lowered in ("inf", "infinity"):
        return sign, 0, 0, _INFINITE
    if lowered.startswith("nan") or lowered.startswith("snan"):
        kind = _QNAN if lowered[0] == "n" else _SNAN
        payload = lowered[3:] if kind == _QNAN else lowered[4:]
        if payload and not payload.isdigit():
            return None
        return sign, int(payload) if payload else 0, 0, kind
    mantissa = lowered
    exponent = 0
    marker = lowered.find("e")
    if marker >= 0:
        mantissa = lowered[:marker]
        written = lowered[marker + 1:]
        digits_of_exponent = written[1:] if written[:1] in ("+", "-") else written
        if not digits_of_exponent.isdigit():
            return None
        exponent = int(written)
    point = mantissa.find(".")
    if point >= 0:
        whole = mantissa[:point]
        fraction = mantissa[point + 1:]
    else:
        whole = mantissa
        fraction = ""
    if not whole and not fraction:
        return None
    if (whole and not whole.isdigit()) or (fraction and not fraction.isdigit()):
        return None
    return sign, int(whole + fraction), exponent - len(fraction), _FINITE


def _from_string(text, context):
    parsed = _parse(text)
    if parsed is None:
        context._signal(_CONVERSION)
        return _new(0, 0, 0, _QNAN)
    sign, coefficient, exponent, kind = parsed
    return _new(sign, coefficient, exponent, kind)


def _from_float(value):
    if value != value:
        return _new(1 if math.copysign(1.0, value) < 0 else 0, 0, 0, _QNAN)
    sign = 1 if math.copysign(1.0, value) < 0 else 0
    if value in (math.inf, -math.inf):
        return _new(sign, 0, 0, _INFINITE)
    top, bottom = abs(value).as_integer_ratio()
    # bottom is 2**k, and top / 2**k == top * 5**k / 10**k.
    k = bottom.bit_length() - 1
    return _new(sign, top * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exponent = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    kind = _FINITE
    if isinstance(exponent, str):
        if exponent == "F":
            kind = _INFINITE
        elif exponent == "n":
            kind = _QNAN
        elif exponent == "N":
            kind = _SNAN
        else:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    elif not isinstance(exponent, int):
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coefficient = 0
    for digit in digits:
        if not (isinstance(digit, int) and 0 <= digit <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coefficient = coefficient * 10 + digit
    if kind == _INFINITE:
        return _new(sign, 0, 0, kind)
    if kind != _FINITE:
        return _new(sign, coefficient, 0, kind)
    return _new(sign, coefficient, exponent)


def _convert_any(value, context):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, str):
        return _from_string(value, context)
    if isinstance(value, float):
        return _from_float(value)
    if isinstance(value, (tuple, list)):
        return _from_tuple(value)
    raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")


def _need(value, context):
    """An operand of a Context method: a Decimal or an int."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    raise TypeError(f"conversion from {type(value).__name__} to Decimal is not supported")


def _operand(value):
    """The Decimal an operator's other operand stands for, or None (NotImplemented)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    return None


# --- Rounding ----------------------------------------------------------------------

def _drop_digits(coefficient, count, rounding, sign):
    """coefficient without its last `count` (> 0) digits, rounded by `rounding` for
    a number of sign `sign`; and whether anything nonzero was dropped."""
    if count > _digits(coefficient):
        # All of it goes, and what goes is less than half a unit of the result.
        kept = 0
        rest = coefficient
        half_or_more = False
        more_than_half = False
    else:
        unit = 10 ** count
        kept, rest = divmod(coefficient, unit)
        if not rest:
            return kept, False
        half = unit >> 1
        half_or_more = rest >= half
        more_than_half = rest > half
    if not rest:
        return kept, False
    if rounding == ROUND_HALF_EVEN:
        up = more_than_half or (half_or_more and kept & 1)
    elif rounding == ROUND_HALF_UP:
        up = half_or_more
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_DOWN:
        up = more_than_half
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        up = kept % 5 == 0
    return (kept + 1 if up else kept), True


def _overflowed(context, sign, rounding):
    """The result of an overflow: Infinity, or the largest finite number when the
    rounding mode rounds toward zero."""
    if (rounding in (ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP)
            or (rounding == ROUND_CEILING and not sign) or (rounding == ROUND_FLOOR and sign)):
        return _new(sign, 0, 0, _INFINITE)
    return _new(sign, 10 ** context._prec - 1, context._emax - context._prec + 1)


def _fit(context, sign, coefficient, exponent, rounding=None):
    """The Decimal sign * coefficient * 10**exponent rounded to the context's
    precision and fitted to its exponent limits, with the status met doing so."""
    prec = context._prec
    if coefficient:
        count = _digits(coefficient)
        adjusted = exponent + count - 1
        if (count <= prec and context._emin <= adjusted <= context._emax
                and not (context._clamp and exponent > context._emax - prec + 1)):
            return _new(sign, coefficient, exponent), 0
    else:
        etiny = context._emin - prec + 1
        top = context._emax - prec + 1 if context._clamp else context._emax
        if exponent < etiny:
            return _new(sign, 0, etiny), _CLAMPED
        if exponent > top:
            return _new(sign, 0, top), _CLAMPED
        return _new(sign, 0, exponent), 0
    if adjusted > context._emax:
        return _overflowed(context, sign, rounding or context._rounding), _OVERFLOW | _INEXACT | _ROUNDED
    etiny = context._emin - prec + 1
    etop = context._emax - prec + 1
    status = 0
    subnormal = adjusted < context._emin
    lowest = max(exponent + count - prec, etiny)
    if exponent < lowest:
        coefficient, inexact = _drop_digits(coefficient, lowest - exponent,
                                            rounding or context._rounding, sign)
        exponent = lowest
        if _digits(coefficient) > prec:
            coefficient //= 10
            exponent += 1
            if exponent > etop:
                return _overflowed(context, sign, rounding or context._rounding), _OVERFLOW | _INEXACT | _ROUNDED
        status = _ROUNDED
        if inexact:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
        if subnormal:
            status |= _SUBNORMAL
        if not coefficient:
            status |= _CLAMPED
        return _new(sign, coefficient, exponent), status
    if subnormal:
        status = _SUBNORMAL
    if context._clamp and exponent > etop:
        status |= _CLAMPED
        coefficient *= 10 ** (exponent - etop)
        exponent = etop
    return _new(sign, coefficient, exponent), status


def _fit_report(context, sign, coefficient, exponent, rounding=None):
    result, status = _fit(context, sign, coefficient, exponent, rounding)
    if status:
        context._signal(status)
    return result


def _fit_nan(nan, context):
    """A NaN result: quiet, its payload dropped when longer than the context allows."""
    limit = context._prec - context._clamp
    payload = nan._int
    if payload and _digits(payload) > limit:
        # libmpdec keeps the payload's last digits.
        payload = payload % 10 ** limit if limit > 0 else 0
    if nan._kind == _QNAN and payload == nan._int:
        return nan
    return _new(nan._sign, payload, 0, _QNAN)


def _nan_operand(a, b, context):
    """The result when an operand is a NaN (a signaling one is invalid), else None."""
    if a._kind == _SNAN or (b is not None and b._kind == _SNAN):
        context._signal(_INVALID)
        return _fit_nan(a if a._kind == _SNAN else b, context)
    if a._kind == _QNAN:
        return _fit_nan(a, context)
    if b is not None and b._kind == _QNAN:
        return _fit_nan(b, context)
    return None


def _invalid(context):
    context._signal(_INVALID)
    return _new(0, 0, 0, _QNAN)


# --- Arithmetic --------------------------------------------------------------------

def _add(a, b, context, negate_b):
    b_sign = b._sign ^ negate_b
    if a._kind or b._kind:
        nan = _nan_operand(a, b, context)
        if nan is not None:
            return nan
        if a._kind == _INFINITE:
            if b._kind == _INFINITE and a._sign != b_sign:
                return _invalid(context)
            return _new(a._sign, 0, 0, _INFINITE)
        return _new(b_sign, 0, 0, _INFINITE)
    a_exp = a._exp
    b_exp = b._exp
    a_int = a._int
    b_int = b._int
    if a_exp == b_exp:
        exponent = a_exp
    else:
        if a_int and b_int:
            # An operand far below the other's last kept digit only matters as a
            # sticky digit: shrink it so the alignment below stays small.
            prec = context._prec
            if a_exp > b_exp:
                floor_exp = a_exp + min(-1, _digits(a_int) - prec - 2)
                if b_exp + _digits(b_int) - 1 < floor_exp:
                    b_int = 1
                    b_exp = floor_exp
            else:
                floor_exp = b_exp + min(-1, _digits(b_int) - prec - 2)
                if a_exp + _digits(a_int) - 1 < floor_exp:
                    a_int = 1
                    a_exp = floor_exp
        if a_exp > b_exp:
            a_int *= 10 ** (a_exp - b_exp)
            exponent = b_exp
        else:
            b_int *= 10 ** (b_exp - a_exp)
            exponent = a_exp
    total = (-a_int if a._sign else a_int) + (-b_int if b_sign else b_int)
    if total < 0:
        return _fit_report(context, 1, -total, exponent)
    if total == 0:
        if a._sign and b_sign:
            sign = 1
        elif a._sign != b_sign and context._rounding == ROUND_FLOOR:
            sign = 1
        else:
            sign = 0
        return _fit_report(context, sign, 0, exponent)
    return _fit_report(context, 0, total, exponent)


def _multiply(a, b, context):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operand(a, b, context)
        if nan is not None:
            return nan
        if (a._kind == _FINITE and not a._int) or (b._kind == _FINITE and not b._int):
            return _invalid(context)
        return _new(sign, 0, 0, _INFINITE)
    return _fit_report(context, sign, a._int * b._int, a._exp + b._exp)


def _divide(a, b, context):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operand(a, b, context)
        if nan is not None:
            return nan
        if a._kind == _INFINITE:
            if b._kind == _INFINITE:
                return _invalid(context)
            return _new(sign, 0, 0, _INFINITE)
        context._signal(_CLAMPED)
        return _new(sign, 0, context._emin - context._prec + 1)
    if not b._int:
        if not a._int:
            context._signal(_DIV_UNDEFINED)
            return _new(0, 0, 0, _QNAN)
        context._signal(_DIV_BY_ZERO)
        return _new(sign, 0, 0, _INFINITE)
    ideal = a._exp - b._exp
    if not a._int:
        return _fit_report(context, sign, 0, ideal)
    prec = context._prec
    shift = _digits(b._int) - _digits(a._int) + prec + 1
    if shift >= 0:
        quotient, rest = divmod(a._int * 10 ** shift, b._int)
    else:
        quotient, rest = divmod(a._int, b._int * 10 ** -shift)
    exponent = ideal - shift
    if rest:
        # A sticky last digit, so that rounding sees the quotient is inexact.
        if quotient % 5 == 0:
            quotient += 1
    else:
        while exponent < ideal and quotient % 10 == 0:
            quotient //= 10
            exponent += 1
    return _fit_report(context, sign, quotient, exponent)


def _divide_integer(a, b, context, part):
    """a // b (part 0), a % b (part 1) or both (part 2): the quotient truncated toward
    zero, the remainder with the dividend's sign. Only the conditions of the parts
    asked for are signaled."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        nan = _nan_operand(a, b, context)
        if nan is not None:
            return (nan, nan) if part == 2 else nan
        if a._kind == _INFINITE:
            if b._kind == _INFINITE:
                nan = _invalid(context)
                return (nan, nan) if part == 2 else nan
            if part == 0:
                return _new(sign, 0, 0, _INFINITE)
            nan = _invalid(context)
            return (_new(sign, 0, 0, _INFINITE), nan) if part == 2 else nan
        quotient = _new(sign, 0, 0)
        if part == 0:
            return quotient
        remainder = _fit_report(context, a._sign, a._int, a._exp)
        return (quotient, remainder) if part == 2 else remainder
    if not b._int:
        if not a._int:
            context._signal(_DIV_UNDEFINED)
            nan = _new(0, 0, 0, _QNAN)
            return (nan, nan) if part == 2 else nan
        if part == 0:
            context._signal(_DIV_BY_ZERO)
            return _new(sign, 0, 0, _INFINITE)
        if part == 1:
            return _invalid(context)
        context._signal(_INVALID | _DIV_BY_ZERO)
        return _new(sign, 0, 0, _INFINITE), _new(0, 0, 0, _QNAN)
    ideal = min(a._exp, b._exp)
    size_difference = (a._exp + _digits(a._int)) - (b._exp + _digits(b._int))
    if not a._int or size_difference <= -2:
        if part == 0:
            return _fit_report(context, sign, 0, 0)
        if part == 1:
            return _fit_report(context, a._sign, a._int * 10 ** (a._exp - ideal), ideal)
        return _fit_pair(context, sign, 0, a._sign, a._int * 10 ** (a._exp - ideal), ideal)
    if size_difference > context._prec:
        quotient = None
    else:
        quotient, rest = divmod(a._int * 10 ** (a._exp - ideal),
                                b._int * 10 ** (b._exp - ideal))
    if quotient is None or _digits(quotient) > context._prec:
        context._signal(_DIV_IMPOSSIBLE)
        nan = _new(0, 0, 0, _QNAN)
        return (nan, nan) if part == 2 else nan
    if part == 0:
        return _fit_report(context, sign, quotient, 0)
    if part == 1:
        return _fit_report(context, a._sign, rest, ideal)
    return _fit_pair(context, sign, quotient, a._sign, rest, ideal)


def _fit_pair(context, sign, quotient, remainder_sign, remainder, exponent):
    """The quotient and remainder of divmod fitted to the context, their conditions
    signaled together."""
    fitted_quotient, status = _fit(context, sign, quotient, 0)
    fitted_remainder, more = _fit(context, remainder_sign, remainder, exponent)
    if status | more:
        context._signal(status | more)
    return fitted_quotient, fitted_remainder


def _multiply_work(a, b, context, status):
    """a * b rounded half-even to the working context; (result, status so far)."""
    if a._kind or b._kind:
        return _multiply(a, b, context), status
    result, met = _fit(context, a._sign ^ b._sign, a._int * b._int, a._exp + b._exp,
                       ROUND_HALF_EVEN)
    return result, status | met


def _power_integer(base, power, sign, context):
    """base ** power for an integral, finite, nonzero power, as libmpdec computes
    it: square-and-multiply at a few more digits than the context, then rounded."""
    work = context.copy()
    work._prec = context._prec + _digits(power._int) + power._exp + 2
    work._rounding = ROUND_HALF_EVEN
    work._clamp = 0
    work._trap_bits = 0
    status = 0
    if power._sign:
        work._prec += 1
        work._flag_bits = 0
        base = _divide(_new(0, 1, 0), base, work)
        status |= work._flag_bits
        if status & _ALL_INVALID:
            context._signal(status)
            return _new(0, 0, 0, _QNAN)
    count = _integral(power)
    result = base
    mask = 1 << (count.bit_length() - 1)
    while mask > 1:
        mask >>= 1
        result, status = _multiply_work(result, result, work, status)
        if count & mask:
            result, status = _multiply_work(result, base, work, status)
        if result._kind or (not result._int and status & _CLAMPED):
            break
    if result._kind == _INFINITE:
        result, met = _fit(context, sign, 1, context._emax + 1)
        status |= met
    else:
        result, met = _fit(context, sign, result._int, result._exp)
        status |= met
    if status:
        context._signal(status)
    return result


def _integral(magnitude_of):
    """The magnitude of an integral finite Decimal as an int."""
    if magnitude_of._exp >= 0:
        return magnitude_of._int * 10 ** magnitude_of._exp
    return magnitude_of._int // 10 ** -magnitude_of._exp


def _is_integral(value):
    if value._kind != _FINITE:
        return False
    if value._exp >= 0 or not value._int:
        return True
    return value._int % 10 ** -value._exp == 0


def _power(base, power, context):
    if base._kind >= _QNAN or power._kind >= _QNAN:
        return _nan_operand(base, power, context)
    integral = _is_integral(power)
    sign = 0
    if integral and base._sign:
        sign = (power._int * 10 ** power._exp) & 1 if power._exp >= 0 else \
            (power._int // 10 ** -power._exp) & 1
    base_zero = base._kind == _FINITE and not base._int
    if base_zero:
        if power._kind == _FINITE and not power._int:
            return _invalid(context)
        if power._sign:
            return _new(sign, 0, 0, _INFINITE)
        return _new(sign, 0, 0)
    if base._sign and (not integral or power._kind == _INFINITE):
        return _invalid(context)
    if power._kind == _INFINITE:
        size = _compare_magnitude_to_one(base)
        if base._kind == _INFINITE:
            size = 1
        if size == 0:
            context._signal(_INEXACT | _ROUNDED)
            return _new(sign, 10 ** (context._prec - 1), 1 - context._prec)
        if (size < 0) != bool(power._sign):
            return _new(sign, 0, 0)
        return _new(sign, 0, 0, _INFINITE)
    if base._kind == _INFINITE:
        if not power._int:
            return _new(sign, 1, 0)
        if power._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 0, _INFINITE)
    if not power._int:
        return _new(sign, 1, 0)
    if _compare_magnitude_to_one(base) == 0:
        return _power_of_one(base, power, sign, context)
    beyond = _power_beyond_limits(base, power, sign, context)
    if beyond is not None:
        return beyond
    if integral:
        return _power_integer(base, power, sign, context)
    return _power_real(base, power, context)


def _log_magnitude_floor(magnitude):
    """A lower bound of floor(log10(|log10(magnitude)|)) for a positive finite
    Decimal other than one, from its adjusted exponent, or from magnitude - 1 near
    one (libmpdec's bound, with |log10(x)| >= |x - 1| / 10 below one and
    >= |x - 1| / 100 above)."""
    adjusted = magnitude.adjusted()
    if adjusted > 0:
        return _digits(adjusted) - 1
    if adjusted < -1:
        return _digits(-(adjusted + 1)) - 1
    difference = _add(magnitude, _new(0, 1, 0), _EXACT_CONTEXT, 1)
    return difference.adjusted() - (2 if adjusted == 0 else 1)


def _power_beyond_limits(base, power, sign, context):
    """The result of base ** power when bounds on the operands' logarithms show it
    certainly overflows or underflows the context, else None."""
    magnitude = base.copy_abs()
    bound = _log_magnitude_floor(magnitude) + power.adjusted()
    upward = (magnitude.adjusted() < 0) == bool(power._sign)
    etiny = context._emin - context._prec + 1
    if upward:
        if _digits(context._emax) >= bound:
            return None
        result, status = _fit(context, sign, 1, context._emax + 1)
    else:
        if _digits(-etiny) >= bound:
            return None
        result, status = _fit(context, sign, 1, etiny - 1)
    if status:
        context._signal(status)
    return result


def _power_of_one(base, power, sign, context):
    """base ** power for |base| == 1: one with as many zeros after the point as the
    exact result has, up to the precision."""
    if _is_integral(power):
        if power._sign:
            return _new(sign, 1, 0)
        shift = _integral(power) * -base._exp
        status = 0
        if shift > context._prec - 1:
            shift = context._prec - 1
            status = _ROUNDED
    else:
        shift = context._prec - 1
        status = _INEXACT | _ROUNDED
    if status:
        context._signal(status)
    return _new(sign, 10 ** shift, -shift)


def _compare_magnitude_to_one(value):
    """-1, 0 or 1 as abs(value) is below, equal to or above one."""
    scaled = value._int
    exponent = value._exp
    if exponent >= 0:
        return 0 if scaled * 10 ** exponent == 1 else 1
    one = 10 ** -exponent
    return (scaled > one) - (scaled < one)



def _compare_finite(a, b):
    """-1, 0 or 1 comparing two finite Decimals."""
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int or a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    a_adjusted = a._exp + _digits(a._int)
    b_adjusted = b._exp + _digits(b._int)
    if a_adjusted != b_adjusted:
        return flip if a_adjusted > b_adjusted else -flip
    if a._exp >= b._exp:
        left = a._int * 10 ** (a._exp - b._exp)
        right = b._int
    else:
        left = a._int
        right = b._int * 10 ** (b._exp - a._exp)
    if left == right:
        return 0
    return flip if left > right else -flip


def _compare(a, b):
    """-1, 0 or 1 comparing two Decimals that are not NaNs."""
    if a._kind or b._kind:
        a_rank = (-1 if a._sign else 1) if a._kind else 0
        b_rank = (-1 if b._sign else 1) if b._kind else 0
        return (a_rank > b_rank) - (a_rank < b_rank)
    return _compare_finite(a, b)


def _rational_operand(value, context, ordering):
    """A Decimal equal to an int or float, or (numerator, denominator) of a Rational
    for a comparison; None when the type does not compare with Decimals."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if isinstance(value, float):
        if ordering:
            context._signal(_FLOAT_OPERATION)
        else:
            context._flag_bits |= _FLOAT_OPERATION
        return _from_float(value)
    if isinstance(value, numbers.Rational):
        return (value.numerator, value.denominator)
    if isinstance(value, complex) and not ordering and value.imag == 0:
        return _from_float(value.real)
    return None


def _compare_rational(a, numerator, denominator):
    if a._kind == _INFINITE:
        return -1 if a._sign else 1
    top = -a._int if a._sign else a._int
    if a._exp >= 0:
        left = top * 10 ** a._exp * denominator
        right = numerator
    else:
        left = top * denominator
        right = numerator * 10 ** -a._exp
    return (left > right) - (left < right)


def _order(a, other, ordering):
    """-1, 0 or 1 comparing a with other, None for unordered (a NaN), or
    NotImplemented."""
    context = getcontext()
    b = _rational_operand(other, context, ordering)
    if b is None:
        return NotImplemented
    if type(b) is tuple:
        if a._kind >= _QNAN:
            if ordering or a._kind == _SNAN:
                context._signal(_INVALID)
            return None
        return _compare_rational(a, b[0], b[1])
    if a._kind >= _QNAN or b._kind >= _QNAN:
        if ordering or a._kind == _SNAN or b._kind == _SNAN:
            context._signal(_INVALID)
        return None
    return _compare(a, b)


def _total_order_key(value):
    """(class rank, magnitude comparison helpers) for compare_total."""
    if value._kind == _SNAN:
        return 1
    if value._kind == _QNAN:
        return 2
    return 0


def _compare_total(a, b):
    """The total order of the specification: -NaN < -sNaN < -Inf < numbers < Inf <
    sNaN < NaN, and among equal numbers the one with the smaller exponent first
    (for positive numbers)."""
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    a_rank = _total_order_key(a)
    b_rank = _total_order_key(b)
    if a_rank or b_rank:
        if a_rank != b_rank:
            return flip if a_rank > b_rank else -flip
        if a._int != b._int:
            return flip if a._int > b._int else -flip
        return 0
    order = _compare(a, b)
    if order:
        return order
    if a._kind:
        return 0
    if a._exp != b._exp:
        return flip if a._exp > b._exp else -flip
    return 0


def _fitted_copy(value, context):
    if value._kind >= _QNAN:
        return _nan_operand(value, None, context)
    if value._kind == _INFINITE:
        return value
    return _fit_report(context, value._sign, value._int, value._exp)


def _rescale(value, exponent, rounding):
    """value with the given exponent, rounding off digits; (result, inexact)."""
    if value._exp >= exponent:
        return _new(value._sign, value._int * 10 ** (value._exp - exponent), exponent), False
    coefficient, inexact = _drop_digits(value._int, exponent - value._exp, rounding,
                                        value._sign)
    return _new(value._sign, coefficient, exponent), inexact


def _quantize(value, pattern, rounding, context):
    if value._kind or pattern._kind:
        nan = _nan_operand(value, pattern, context)
        if nan is not None:
            return nan
        if value._kind == _INFINITE and pattern._kind == _INFINITE:
            return value
        return _invalid(context)
    exponent = pattern._exp
    if not context._emin - context._prec + 1 <= exponent <= context._emax:
        return _invalid(context)
    if not value._int:
        return _fit_report(context, value._sign, 0, exponent)
    adjusted = value._exp + _digits(value._int) - 1
    if adjusted > context._emax or adjusted - exponent + 1 > context._prec:
        return _invalid(context)
    result, inexact = _rescale(value, exponent, rounding or context._rounding)
    if result._int and (_digits(result._int) > context._prec
                        or result._exp + _digits(result._int) - 1 > context._emax):
        return _invalid(context)
    status = 0
    if result._int and result._exp + _digits(result._int) - 1 < context._emin:
        status |= _SUBNORMAL
    if result._exp > value._exp:
        if inexact:
            status |= _INEXACT
        status |= _ROUNDED
    fitted, met = _fit(context, result._sign, result._int, result._exp)
    status |= met
    if status:
        context._signal(status)
    return fitted


def _scientific(sign, coefficient, exponent, capitals, engineering):
    """The to-scientific-string (or to-engineering-string) form of a finite number."""
    digits = str(coefficient)
    adjusted = exponent + len(digits) - 1
    prefix = "-" if sign else ""
    if exponent <= 0 and adjusted >= -6:
        if exponent == 0:
            return prefix + digits
        point = len(digits) + exponent
        if point > 0:
            return prefix + digits[:point] + "." + digits[point:]
        return prefix + "0." + "0" * -point + digits
    if not engineering:
        shown = adjusted
        body = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    elif coefficient:
        point = 1 + adjusted % 3
        shown = adjusted - point + 1
        if point >= len(digits):
            body = digits + "0" * (point - len(digits))
        else:
            body = digits[:point] + "." + digits[point:]
    else:
        # Zero: the exponent shown is the multiple of three at or above the real one,
        # and zeros after the point keep the real one.
        shown = exponent + (-exponent) % 3
        body = "0." + "0" * (shown - exponent) if shown != exponent else "0"
    if shown == 0:
        return prefix + body
    return prefix + body + ("E" if capitals else "e") + ("+" if shown > 0 else "") + str(shown)


def _special_string(value):
    prefix = "-" if value._sign else ""
    if value._kind == _INFINITE:
        return prefix + "Infinity"
    name = "NaN" if value._kind == _QNAN else "sNaN"
    return prefix + name + (str(value._int) if value._int else "")


def _integral_value(value, rounding, exact, context):
    """value rounded to an integer (exponent 0 when it had digits after the point)."""
    if value._kind:
        if value._kind >= _QNAN:
            return _nan_operand(value, None, context)
        return value
    if value._exp >= 0:
        return value
    if not value._int:
        return _new(value._sign, 0, 0)
    result, inexact = _rescale(value, 0, rounding or context._rounding)
    if exact:
        context._signal(_ROUNDED | _INEXACT if inexact else _ROUNDED)
    return result


def _to_int(value, rounding):
    if value._kind:
        if value._kind >= _QNAN:
            raise ValueError("cannot convert NaN to integer")
        raise OverflowError("cannot convert Infinity to integer")
    if value._exp >= 0:
        magnitude = value._int * 10 ** value._exp
    else:
        magnitude, _ = _drop_digits(value._int, -value._exp, rounding, value._sign)
    return -magnitude if value._sign else magnitude


class Decimal:
    """A decimal floating-point number: Decimal('3.14'), Decimal(7), Decimal(0.5),
    Decimal((0, (3, 1, 4), -2))."""

    __closc_type_name__ = "decimal.Decimal"
    __slots__ = ("_sign", "_int", "_exp", "_kind")

    def __new__(cls, value="0", context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError("optional argument must be a context")
        if isinstance(value, Decimal):
            made = value
        elif isinstance(value, int):
            made = _from_int(value)
        elif isinstance(value, str):
            made = _from_string(value, context or getcontext())
        elif isinstance(value, float):
            (context or getcontext())._signal(_FLOAT_OPERATION)
            made = _from_float(value)
        elif isinstance(value, (tuple, list)):
            made = _from_tuple(value)
        else:
            raise TypeError(f"conversion from {type(value).__name__} to Decimal "
                            "is not supported")
        if cls is Decimal:
            return made
        subclassed = object.__new__(cls)
        subclassed._sign = made._sign
        subclassed._int = made._int
        subclassed._exp = made._exp
        subclassed._kind = made._kind
        return subclassed

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            made = _from_int(f)
        elif isinstance(f, float):
            made = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return made if cls is Decimal else cls(made)

    # --- Conversions ---

    def __str__(self):
        return self._to_string(getcontext()._capitals, False)

    def __repr__(self):
        return "Decimal('" + self._to_string(getcontext()._capitals, False) + "')"

    def _to_string(self, capitals, engineering):
        if self._kind:
            return _special_string(self)
        return _scientific(self._sign, self._int, self._exp, capitals, engineering)

    def to_eng_string(self, context=None):
        return self._to_string((context or getcontext())._capitals, True)

    def __int__(self):
        return _to_int(self, ROUND_DOWN)

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= _QNAN:
            if self._kind == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        if self._kind == _INFINITE:
            return float("-inf") if self._sign else float("inf")
        return float(_scientific(self._sign, self._int, self._exp, 1, False))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._kind or self._int)

    def __floor__(self):
        return _to_int(self, ROUND_FLOOR)

    def __ceil__(self):
        return _to_int(self, ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return _to_int(self, ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return _quantize(self, _new(0, 1, -n), None, getcontext())

    def as_tuple(self):
        if self._kind == _INFINITE:
            return DecimalTuple(self._sign, (0,), "F")
        digits = tuple(int(ch) for ch in str(self._int)) if self._int or not self._kind else ()
        if self._kind:
            return DecimalTuple(self._sign, digits, "n" if self._kind == _QNAN else "N")
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind >= _QNAN:
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        top = -self._int if self._sign else self._int
        if self._exp >= 0:
            return top * 10 ** self._exp, 1
        bottom = 10 ** -self._exp
        common = math.gcd(top, bottom)
        return top // common, bottom // common

    def __hash__(self):
        if self._kind:
            if self._kind == _SNAN:
                raise TypeError("Cannot hash a signaling NaN value")
            if self._kind == _QNAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_HASH_TEN_INVERSE, -self._exp, _HASH_MODULUS)
        value = self._int * scale % _HASH_MODULUS
        if self._sign:
            value = -value
        return -2 if value == -1 else value

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    # --- Comparisons ---

    def __eq__(self, other):
        order = _order(self, other, False)
        if order is NotImplemented:
            return order
        return order == 0

    def __ne__(self, other):
        order = _order(self, other, False)
        if order is NotImplemented:
            return order
        return order != 0

    def __lt__(self, other):
        order = _order(self, other, True)
        if order is None or order is NotImplemented:
            return False if order is None else order
        return order < 0

    def __le__(self, other):
        order = _order(self, other, True)
        if order is None or order is NotImplemented:
            return False if order is None else order
        return order <= 0

    def __gt__(self, other):
        order = _order(self, other, True)
        if order is None or order is NotImplemented:
            return False if order is None else order
        return order > 0

    def __ge__(self, other):
        order = _order(self, other, True)
        if order is None or order is NotImplemented:
            return False if order is None else order
        return order >= 0

    def compare(self, other, context=None):
        context = context or getcontext()
        other = _need(other, context)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            return _nan_operand(self, other, context)
        order = _compare(self, other)
        return _new(1, 1, 0) if order < 0 else _new(0, order, 0)

    def compare_signal(self, other, context=None):
        context = context or getcontext()
        other = _need(other, context)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            context._signal(_INVALID)
            if self._kind == _SNAN or (self._kind == _QNAN and other._kind != _SNAN):
                return _fit_nan(self, context)
            return _fit_nan(other, context)
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        other = _need(other, context or getcontext())
        order = _compare_total(self, other)
        return _new(1, 1, 0) if order < 0 else _new(0, order, 0)

    def compare_total_mag(self, other, context=None):
        other = _need(other, context or getcontext())
        return self.copy_abs().compare_total(other.copy_abs())

    def _extreme(self, other, context, want_max, by_magnitude):
        context = context or getcontext()
        other = _need(other, context)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            # A quiet NaN loses to a number; signaling NaNs are invalid.
            if self._kind == _SNAN or other._kind == _SNAN:
                return _nan_operand(self, other, context)
            if self._kind == _QNAN and other._kind < _QNAN:
                return _fitted_copy(other, context)
            if other._kind == _QNAN and self._kind < _QNAN:
                return _fitted_copy(self, context)
            return _nan_operand(self, other, context)
        if by_magnitude:
            order = _compare(self.copy_abs(), other.copy_abs())
        else:
            order = 0
        if order == 0:
            order = _compare(self, other)
        if order == 0:
            order = _compare_total(self, other)
        if not want_max:
            order = -order
        return _fitted_copy(self if order > 0 else other, context)

    def max(self, other, context=None):
        return self._extreme(other, context, True, False)

    def min(self, other, context=None):
        return self._extreme(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._extreme(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._extreme(other, context, False, True)

    # --- Arithmetic ---

    def __add__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(self, other, context or getcontext(), 0)

    def __radd__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(other, self, context or getcontext(), 0)

    def __sub__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(self, other, context or getcontext(), 1)

    def __rsub__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _add(other, self, context or getcontext(), 1)

    def __mul__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _multiply(self, other, context or getcontext())

    def __rmul__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _multiply(other, self, context or getcontext())

    def __truediv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide(self, other, context or getcontext())

    def __rtruediv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide(other, self, context or getcontext())

    def __floordiv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_integer(self, other, context or getcontext(), 0)

    def __rfloordiv__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_integer(other, self, context or getcontext(), 0)

    def __mod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_integer(self, other, context or getcontext(), 1)

    def __rmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_integer(other, self, context or getcontext(), 1)

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_integer(self, other, context or getcontext(), 2)

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return _divide_integer(other, self, context or getcontext(), 2)

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        if modulo is not None:
            modulo = _operand(modulo)
            if modulo is None:
                return NotImplemented
            return _power_modulo(self, other, modulo, context)
        return _power(self, other, context)

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._kind:
            if self._kind >= _QNAN:
                return _nan_operand(self, None, context)
            return _new(1 - self._sign, 0, 0, _INFINITE)
        if not self._int and context._rounding != ROUND_FLOOR:
            sign = 0
        else:
            sign = 1 - self._sign
        return _fit_report(context, sign, self._int, self._exp)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._kind:
            if self._kind >= _QNAN:
                return _nan_operand(self, None, context)
            return self
        sign = self._sign
        if not self._int and context._rounding != ROUND_FLOOR:
            sign = 0
        return _fit_report(context, sign, self._int, self._exp)

    def __abs__(self, context=None):
        context = context or getcontext()
        if self._kind:
            if self._kind >= _QNAN:
                return _nan_operand(self, None, context)
            return _new(0, 0, 0, _INFINITE)
        return _fit_report(context, 0, self._int, self._exp)

    def remainder_near(self, other, context=None):
        context = context or getcontext()
        other = _need(other, context)
        if self._kind or other._kind:
            nan = _nan_operand(self, other, context)
            if nan is not None:
                return nan
            if self._kind == _INFINITE:
                return _invalid(context)
            return _fit_report(context, self._sign, self._int, self._exp)
        if not other._int:
            if not self._int:
                context._signal(_DIV_UNDEFINED)
            else:
                context._signal(_INVALID)
            return _new(0, 0, 0, _QNAN)
        ideal = min(self._exp, other._exp)
        if not self._int:
            return _fit_report(context, self._sign, 0, ideal)
        difference = (self._exp + _digits(self._int)) - (other._exp + _digits(other._int))
        if difference > context._prec:
            context._signal(_DIV_IMPOSSIBLE)
            return _new(0, 0, 0, _QNAN)
        if difference <= -2:
            return _fit_report(context, self._sign, self._int * 10 ** (self._exp - ideal), ideal)
        top = self._int * 10 ** (self._exp - ideal)
        bottom = other._int * 10 ** (other._exp - ideal)
        quotient, rest = divmod(top, bottom)
        # Round the quotient to nearest, ties to even.
        if 2 * rest > bottom or (2 * rest == bottom and quotient & 1):
            rest -= bottom
            quotient += 1
        if _digits(quotient) > context._prec:
            context._signal(_DIV_IMPOSSIBLE)
            return _new(0, 0, 0, _QNAN)
        sign = self._sign
        if rest < 0:
            sign = 1 - sign
            rest = -rest
        return _fit_report(context, sign, rest, ideal)

    def fma(self, other, third, context=None):
        context = context or getcontext()
        other = _need(other, context)
        third = _need(third, context)
        if self._kind or other._kind:
            if self._kind == _SNAN or other._kind == _SNAN or third._kind == _SNAN:
                first = next(v for v in (self, other, third) if v._kind == _SNAN)
                context._signal(_INVALID)
                return _fit_nan(first, context)
            product = _multiply(self, other, context)
        else:
            product = _new(self._sign ^ other._sign, self._int * other._int,
                           self._exp + other._exp)
        return _add(product, third, context, 0)

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._kind:
            if self._kind >= _QNAN:
                return _nan_operand(self, None, context)
            if self._sign:
                return _invalid(context)
            return self
        ideal = self._exp >> 1
        if not self._int:
            return _fit_report(context, self._sign, 0, ideal)
        if self._sign:
            return _invalid(context)
        prec = context._prec
        coefficient = self._int
        exponent = self._exp
        if exponent & 1:
            coefficient *= 10
            exponent -= 1
        # Scale by an even power of ten so the root has at least prec + 1 digits.
        shift = max(0, prec + 1 - (_digits(coefficient) + 1) // 2)
        scaled = coefficient * 10 ** (2 * shift)
        root = math.isqrt(scaled)
        exponent = exponent // 2 - shift
        if root * root == scaled:
            while exponent < ideal and root % 10 == 0:
                root //= 10
                exponent += 1
        elif root % 5 == 0:
            root += 1
        return _fit_report(context, 0, root, exponent, ROUND_HALF_EVEN)

    # --- Rounding and exponents ---

    def quantize(self, exp, rounding=None, context=None):
        context = context or getcontext()
        return _quantize(self, _need(exp, context), rounding, context)

    def same_quantum(self, other, context=None):
        other = _need(other, context or getcontext())
        if self._kind or other._kind:
            return (self._kind >= _QNAN and other._kind >= _QNAN) or \
                (self._kind == other._kind == _INFINITE)
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        return _integral_value(self, rounding, False, context or getcontext())

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return _integral_value(self, rounding, True, context or getcontext())

    def normalize(self, context=None):
        context = context or getcontext()
        if self._kind:
            if self._kind >= _QNAN:
                return _nan_operand(self, None, context)
            return self
        fitted = _fit_report(context, self._sign, self._int, self._exp)
        if fitted._kind:
            return fitted
        if not fitted._int:
            return _new(fitted._sign, 0, 0)
        top = context._emax - context._prec + 1 if context._clamp else context._emax
        coefficient = fitted._int
        exponent = fitted._exp
        while coefficient % 10 == 0 and exponent < top:
            coefficient //= 10
            exponent += 1
        return _new(fitted._sign, coefficient, exponent)

    def exp(self, context=None):
        return _exp(self, context or getcontext())

    def ln(self, context=None):
        return _ln(self, context or getcontext())

    def log10(self, context=None):
        return _log10(self, context or getcontext())

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _digits(self._int) - 1

    def canonical(self):
        return self

    def scaleb(self, other, context=None):
        context = context or getcontext()
        other = _need(other, context)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            return _nan_operand(self, other, context)
        if other._kind or other._exp != 0:
            return _invalid(context)
        limit = 2 * (context._emax + context._prec)
        shift = -other._int if other._sign else other._int
        if not -limit <= shift <= limit:
            return _invalid(context)
        if self._kind == _INFINITE:
            return self
        return _fit_report(context, self._sign, self._int, self._exp + shift)

    def logb(self, context=None):
        context = context or getcontext()
        if self._kind:
            if self._kind >= _QNAN:
                return _nan_operand(self, None, context)
            return _new(0, 0, 0, _INFINITE)
        if not self._int:
            context._signal(_DIV_BY_ZERO)
            return _new(1, 0, 0, _INFINITE)
        return _fit_report(context, *_int_parts(self.adjusted()))

    # --- Properties of the value ---

    def is_nan(self):
        return self._kind >= _QNAN

    def is_qnan(self):
        return self._kind == _QNAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INFINITE

    def is_finite(self):
        return self._kind == _FINITE

    def is_zero(self):
        return self._kind == _FINITE and not self._int

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        if self._kind or not self._int:
            return False
        return self.adjusted() >= (context or getcontext())._emin

    def is_subnormal(self, context=None):
        if self._kind or not self._int:
            return False
        return self.adjusted() < (context or getcontext())._emin

    def number_class(self, context=None):
        if self._kind == _SNAN:
            return "sNaN"
        if self._kind == _QNAN:
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._kind == _INFINITE:
            return sign + "Infinity"
        if not self._int:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def radix(self):
        return Decimal(10)

    # --- Sign manipulation ---

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _need(other, context or getcontext())
        return _new(other._sign, self._int, self._exp, self._kind)

    # --- Neighbours ---

    def next_plus(self, context=None):
        return _next(self, context or getcontext(), 0)

    def next_minus(self, context=None):
        return _next(self, context or getcontext(), 1)

    def next_toward(self, other, context=None):
        context = context or getcontext()
        other = _need(other, context)
        if self._kind >= _QNAN or other._kind >= _QNAN:
            return _nan_operand(self, other, context)
        order = _compare(self, other)
        if order == 0:
            return self.copy_sign(other)
        result = _next(self, context, 1 if order > 0 else 0)
        status = 0
        if result._kind == _INFINITE:
            status = _OVERFLOW | _INEXACT | _ROUNDED
        elif result._kind == _FINITE and result.adjusted() < context._emin:
            status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not result._int:
                status |= _CLAMPED
        if status:
            context._signal(status)
        return result

    # --- Digit-wise operations on logical operands (only 0s and 1s) ---

    def logical_and(self, other, context=None):
        return _logical(self, other, context, lambda a, b: a & b)

    def logical_or(self, other, context=None):
        return _logical(self, other, context, lambda a, b: a | b)

    def logical_xor(self, other, context=None):
        return _logical(self, other, context, lambda a, b: a ^ b)

    def logical_invert(self, context=None):
        context = context or getcontext()
        return _logical(self, _new(0, int("1" * context._prec), 0), context,
                        lambda a, b: a ^ b)

    def rotate(self, other, context=None):
        return _shift_digits(self, other, context, True)

    def shift(self, other, context=None):
        return _shift_digits(self, other, context, False)

    def __format__(self, spec):
        return _format(self, spec, getcontext())


numbers.Number.register(Decimal)


def _int_parts(value):
    return (1, -value, 0) if value < 0 else (0, value, 0)


def _next(value, context, downward):
    """The closest representable number above (downward=0) or below value."""
    if value._kind:
        if value._kind >= _QNAN:
            return _nan_operand(value, None, context)
        if value._sign == downward:
            return value
        largest = 10 ** context._prec - 1
        return _new(1 - downward, largest, context._emax - context._prec + 1)
    etiny = context._emin - context._prec + 1
    rounding = ROUND_FLOOR if downward else ROUND_CEILING
    # One digit below the last the result can keep.
    if value._int:
        unit = max(value._exp + _digits(value._int) - context._prec, etiny)
    else:
        unit = etiny
    nudged_exp = min(value._exp, unit) - 1
    coefficient = value._int * 10 ** (value._exp - nudged_exp)
    # value plus or minus a tiny amount, rounded toward the direction.
    if downward:
        total = (-coefficient if value._sign else coefficient) - 1
    else:
        total = (-coefficient if value._sign else coefficient) + 1
    sign = 1 if total < 0 else 0
    result, _ = _fit(context, sign, abs(total), nudged_exp, rounding)
    return result


def _logical_digits(value, context):
    if value._kind or value._sign or value._exp != 0:
        return None
    digits = str(value._int)
    if len(digits) > context._prec or digits.strip("01"):
        return None
    return int(digits, 2)


def _logical(a, b, context, combine):
    context = context or getcontext()
    b = _need(b, context)
    left = _logical_digits(a, context)
    right = _logical_digits(b, context)
    if left is None or right is None:
        return _invalid(context)
    result = combine(left, right) & ((1 << context._prec) - 1)
    return _new(0, int(bin(result)[2:]), 0)


def _shift_digits(value, amount, context, rotating):
    context = context or getcontext()
    amount = _need(amount, context)
    if value._kind >= _QNAN or amount._kind >= _QNAN:
        return _nan_operand(value, amount, context)
    prec = context._prec
    if amount._kind or amount._exp != 0 or amount._int > prec:
        return _invalid(context)
    if value._kind == _INFINITE:
        return value
    count = -amount._int if amount._sign else amount._int
    digits = str(value._int)
    digits = ("0" * prec + digits)[-prec:]
    if rotating:
        count %= prec
        digits = digits[count:] + digits[:count]
    elif count > 0:
        digits = (digits + "0" * count)[-prec:]
    elif count < 0:
        digits = ("0" * -count + digits)[:prec]
    return _new(value._sign, int(digits), value._exp)


def _power_modulo(base, power, modulus, context):
    if base._kind or power._kind or modulus._kind:
        nan = _nan_operand(base, power, context)
        if nan is None and modulus._kind >= _QNAN:
            nan = _nan_operand(modulus, None, context)
        if nan is not None:
            return nan
        return _invalid(context)
    if not (_is_integral(base) and _is_integral(power) and _is_integral(modulus)):
        return _invalid(context)
    if power._sign or not modulus._int:
        return _invalid(context)
    if _digits(modulus._int) + modulus._exp > context._prec:
        return _invalid(context)
    if not base._int and not power._int:
        return _invalid(context)
    base_value = _integral(base)
    power_value = _integral(power)
    modulus_value = _integral(modulus)
    sign = base._sign if power_value & 1 else 0
    return _new(sign, pow(base_value, power_value, modulus_value), 0)


# --- exp, ln, log10 and non-integral powers, correctly rounded ------------------------
#
# Each is computed in fixed point (an integer standing for value * 10**digits) with a
# few units of error, and retried with more digits while that error could straddle a
# rounding boundary (Ziv's strategy); results are rounded half-even, as the
# specification and libmpdec do.

_CONSTANT_CACHE = {}


def _atanh_of_ratio(top, bottom, scale):
    """atanh(top / bottom) * scale, for top / bottom well below one."""
    total = 0
    term = top * scale // bottom
    square = top * top
    square_bottom = bottom * bottom
    k = 1
    while term:
        total += term // k
        term = term * square // square_bottom
        k += 2
    return total


def _fixed_constant(name, digits):
    """ln(2) or ln(10) * 10**digits (within a unit)."""
    cached = _CONSTANT_CACHE.get(name)
    if cached is None or cached[0] < digits:
        work = digits + 20
        scale = 10 ** work
        ln2 = 2 * _atanh_of_ratio(1, 3, scale)
        # ln(10) = 3 ln(2) + ln(5/4), and ln(5/4) = 2 atanh(1/9).
        value = ln2 if name == "ln2" else 3 * ln2 + 2 * _atanh_of_ratio(1, 9, scale)
        cached = (work, value)
        _CONSTANT_CACHE[name] = cached
    return cached[1] // 10 ** (cached[0] - digits)


def _ln_fixed(coefficient, exponent, digits):
    """ln(coefficient * 10**exponent) * 10**digits, within a few units."""
    work = digits + 6
    scale = 10 ** work
    count = _digits(coefficient)
    # value = y * 10**decades with y in [0.1, 1); y * 2**doublings in [1, 2).
    decades = count + exponent
    y = coefficient * scale // 10 ** count if count <= work else \
        coefficient // 10 ** (count - work)
    doublings = 0
    while y < scale:
        y *= 2
        doublings += 1
    # ln(z) = 2 atanh((z - 1) / (z + 1))
    total = 2 * _atanh_of_ratio(y - scale, y + scale, scale)
    total -= doublings * _fixed_constant("ln2", work)
    if decades:
        extra = _digits(abs(decades))
        total += decades * _fixed_constant("ln10", work + extra) // 10 ** extra
    return total // 10 ** 6


def _exp_fixed(scaled, digits):
    """(m, k) with exp(scaled / 10**digits) close to m * 10**(k - digits), m having
    digits + 1 digits and a relative error of a few units in its last place."""
    work = digits + 8
    extra = _digits(abs(scaled) // 10 ** digits + 1) + 2
    ln10 = _fixed_constant("ln10", work + extra)
    x = scaled * 10 ** (work + extra - digits)
    decades = x // ln10
    remainder = (x - decades * ln10) // 10 ** extra
    # exp(r) = exp(r / 2**halvings) ** 2**halvings, r in [0, ln 10).
    halvings = 10
    scale = 10 ** work
    small = remainder >> halvings
    total = scale
    term = scale
    n = 1
    while term:
        term = term * small // (scale * n)
        total += term
        n += 1
    for _ in range(halvings):
        total = total * total // scale
    return total // 10 ** 8, decades


def _round_fixed(compute, context, sign=0):
    """The correctly rounded (half-even) Decimal of a value approximated by compute:
    compute(digits) gives (approximation, exponent) with the value close to
    approximation * 10**exponent, within 100 units of its last place once
    approximation has digits + 1 or more digits."""
    prec = context._prec
    digits = prec + 10
    while True:
        approximation, exponent = compute(digits)
        magnitude = abs(approximation)
        count = _digits(magnitude)
        if count < prec + 8:
            digits += prec + 8 - count
            continue
        unit = 10 ** (count - prec)
        tail = magnitude % unit
        half = unit // 2
        if abs(tail - half) > 100:
            result, status = _fit(context, 1 if approximation < 0 else sign, magnitude,
                                  exponent, ROUND_HALF_EVEN)
            return result, status | _INEXACT | _ROUNDED
        digits += prec


def _exp(value, context):
    if value._kind:
        if value._kind >= _QNAN:
            return _nan_operand(value, None, context)
        return _new(0, 0, 0) if value._sign else value
    if not value._int:
        return _fit_report(context, 0, 1, 0)
    etiny = context._emin - context._prec + 1
    if value.adjusted() >= 20:
        # Far beyond any exponent limit: overflow, or underflow to zero.
        if value._sign:
            result, status = _fit(context, 0, 1, etiny - 2, ROUND_HALF_EVEN)
        else:
            result, status = _fit(context, 0, 1, context._emax + 1, ROUND_HALF_EVEN)
        context._signal(status | _INEXACT | _ROUNDED)
        return result

    def compute(digits):
        scaled = _scaled(value, digits)
        mantissa, decades = _exp_fixed(scaled, digits)
        return mantissa, decades - digits

    result, status = _round_fixed(compute, context)
    context._signal(status)
    return result


def _scaled(value, digits):
    """value * 10**digits truncated to an integer."""
    shift = value._exp + digits
    magnitude = value._int * 10 ** shift if shift >= 0 else value._int // 10 ** -shift
    return -magnitude if value._sign else magnitude


def _log_operand(value, context):
    """The result of ln or log10 for a special, zero, negative or one operand, or
    None to compute it."""
    if value._kind:
        if value._kind >= _QNAN:
            return _nan_operand(value, None, context)
        if value._sign:
            return _invalid(context)
        return value
    if not value._int:
        return _new(1, 0, 0, _INFINITE)
    if value._sign:
        return _invalid(context)
    return None


def _ln(value, context):
    special = _log_operand(value, context)
    if special is not None:
        return special
    if value._int == 1 and value._exp == 0 or _is_one(value):
        return _fit_report(context, 0, 0, 0)

    def compute(digits):
        return _ln_fixed(value._int, value._exp, digits), -digits

    result, status = _round_fixed(compute, context)
    context._signal(status)
    return result


def _is_one(value):
    return value._exp < 0 and value._int == 10 ** -value._exp


def _log10(value, context):
    special = _log_operand(value, context)
    if special is not None:
        return special
    text = str(value._int)
    if text[0] == "1" and not text[1:].strip("0"):
        # An exact power of ten has an exact integral logarithm.
        return _fit_report(context, *_int_parts(value._exp + len(text) - 1))

    def compute(digits):
        extra = 4
        ln = _ln_fixed(value._int, value._exp, digits + extra)
        return ln * 10 ** digits // _fixed_constant("ln10", digits + extra) \
            if ln >= 0 else -((-ln) * 10 ** digits // _fixed_constant("ln10", digits + extra)), -digits

    result, status = _round_fixed(compute, context)
    context._signal(status)
    return result


def _power_real(base, power, context):
    """base ** power for a non-integral power, as libmpdec computes it:
    exp(power * ln(base)) at prec + 23 digits (each step correctly rounded), then
    rounded to the context."""
    work = Context(prec=max(_digits(base._int), context._prec) + 4 + 19,
                   rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
    log = _ln(base, work)
    product = _multiply(log, power, work)
    result = _exp(product, work)
    if result._kind == _FINITE and _compare_finite(result, _new(0, 1, 0)) == 0:
        shift = context._prec - 1
        result = _new(0, 10 ** shift, -shift)
    if result._kind == _INFINITE:
        fitted, status = _fit(context, 0, 1, context._emax + 1)
    else:
        fitted, status = _fit(context, result._sign, result._int, result._exp)
    context._signal(status | _INEXACT | _ROUNDED)
    return fitted


# --- format() ----------------------------------------------------------------------

def _parse_spec(spec):
    """The parts of a format specification
    [[fill]align][sign][z][0][width][,][.precision][type] as a dict (the C module
    refuses the '#' option and the '_' separator)."""
    parts = {"fill": None, "align": None, "sign": "-", "no_neg_0": False, "zeropad": False, "width": 0, "thousands": "", "precision": None, "type": None}
    pos = 0
    if len(spec) >= 2 and spec[1] in "<>=^":
        parts["fill"] = spec[0]
        parts["align"] = spec[1]
        pos = 2
    elif spec[:1] in ("<", ">", "=", "^"):
        parts["align"] = spec[0]
        pos = 1
    if spec[pos:pos + 1] in ("+", "-", " "):
        parts["sign"] = spec[pos]
        pos += 1
    if spec[pos:pos + 1] == "z":
        parts["no_neg_0"] = True
        pos += 1
    if spec[pos:pos + 1] == "0":
        parts["zeropad"] = True
        pos += 1
    start = pos
    while spec[pos:pos + 1].isdigit():
        pos += 1
    if pos > start:
        parts["width"] = int(spec[start:pos])
    if spec[pos:pos + 1] == ",":
        parts["thousands"] = spec[pos]
        pos += 1
    if spec[pos:pos + 1] == ".":
        start = pos + 1
        pos = start
        while spec[pos:pos + 1].isdigit():
            pos += 1
        if pos == start:
            raise ValueError("invalid format string")
        parts["precision"] = int(spec[start:pos])
    if pos < len(spec):
        if pos + 1 != len(spec) or spec[pos] not in "eEfFgGn%":
            raise ValueError("invalid format string")
        parts["type"] = spec[pos]
    parts["explicit"] = parts["align"]
    if parts["zeropad"]:
        if parts["fill"] is None:
            parts["fill"] = "0"
        if parts["align"] is None:
            parts["align"] = "="
    if parts["fill"] is None:
        parts["fill"] = " "
    if parts["align"] is None:
        parts["align"] = ">"
    if parts["type"] == "n":
        if parts["thousands"]:
            raise ValueError("invalid format string")
        parts["type"] = "g"
    if parts["precision"] == 0 and parts["type"] in (None, "g", "G"):
        parts["precision"] = 1
    return parts


def _group_thousands(digits, separator, width):
    """digits with separator between groups of three, padded with zeros on the left
    to at least width characters (never starting with a separator)."""
    groups = []
    while True:
        size = min(max(len(digits), width, 1), 3)
        groups.append("0" * (size - len(digits)) + digits[-size:] if len(digits) < size
                      else digits[-size:])
        digits = digits[:-size] if len(digits) > size else ""
        width -= size
        if not digits and width <= 0:
            break
        width -= len(separator)
    return separator.join(reversed(groups))


def _round_significant(value, count, rounding, pad):
    """value rounded to count significant digits; a shorter one is kept as it is, or
    padded with zeros when pad is true."""
    digits = _digits(value._int)
    if digits <= count:
        if pad and value._int:
            return _new(value._sign, value._int * 10 ** (count - digits),
                        value._exp - (count - digits))
        return value
    result, _ = _rescale(value, value._exp + digits - count, rounding)
    if _digits(result._int) > count:
        result = _new(result._sign, result._int // 10, result._exp + 1)
    return result


def _format(value, spec, context):
    if not isinstance(spec, str):
        raise TypeError("format spec must be a string")
    parts = _parse_spec(spec)
    kind = parts["type"]
    if value._kind:
        sign = "-" if value._sign else (parts["sign"] if parts["sign"] != "-" else "")
        body = _special_string(value.copy_abs())
        if kind == "%":
            body += "%"
        if parts["zeropad"] and parts["explicit"] is None:
            # Zero padding does not apply to Infinity and NaN.
            parts["fill"] = " "
            parts["align"] = ">"
        return _align(sign, body, parts)
    if kind is None:
        kind = "G" if context._capitals else "g"
    if kind == "%":
        value = _new(value._sign, value._int, value._exp + 2)
    rounding = context._rounding
    precision = parts["precision"]
    if precision is not None:
        if kind in "eE":
            value = _round_significant(value, precision + 1, rounding, True)
        elif kind in "fF%":
            value, _ = _rescale(value, -precision, rounding)
        elif kind in "gG":
            value = _round_significant(value, precision, rounding, False)
    if not value._int and value._exp > 0 and kind in "fF%":
        value = _new(value._sign, 0, 0)
    negative = value._sign and not (parts["no_neg_0"] and not value._int)
    digits = str(value._int)
    left = value._exp + len(digits)
    if kind in "eE":
        point = 1 - precision if not value._int and precision is not None else 1
    elif kind in "fF%":
        point = left
    elif value._exp <= 0 and left > -6:
        point = left
    else:
        point = 1
    if point < 0:
        whole = "0"
        fraction = "0" * -point + digits
    elif point > len(digits):
        whole = digits + "0" * (point - len(digits))
        fraction = ""
    else:
        whole = digits[:point] or "0"
        fraction = digits[point:]
    exponent = left - point
    if negative:
        sign = "-"
    else:
        sign = parts["sign"] if parts["sign"] != "-" else ""
    if fraction:
        fraction = "." + fraction
    if exponent != 0 or kind in "eE":
        marker = "E" if kind in "EG" else "e"
        fraction += marker + ("+" if exponent >= 0 else "-") + str(abs(exponent))
    if kind == "%":
        fraction += "%"
    if parts["zeropad"]:
        width = parts["width"] - len(fraction) - len(sign)
    else:
        width = 0
    if parts["thousands"]:
        whole = _group_thousands(whole, parts["thousands"], width)
    elif width > len(whole):
        whole = "0" * (width - len(whole)) + whole
    return _align(sign, whole + fraction, parts)


def _align(sign, body, parts):
    padding = parts["fill"] * (parts["width"] - len(sign) - len(body))
    align = parts["align"]
    if align == "<":
        return sign + body + padding
    if align == ">":
        return padding + sign + body
    if align == "=":
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]
