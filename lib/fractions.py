"""Exact rational numbers: CPython's `fractions`, written for closc.

A Fraction is kept in lowest terms with a positive denominator. Arithmetic with
ints and Fractions stays exact; with a float or a complex it converts to that type,
as CPython's does.
"""

import math
import numbers
import sys

__all__ = ["Fraction"]

# CPython's numeric hash works modulo this prime on 64-bit builds
# (sys.hash_info.modulus) and gives infinities sys.hash_info.inf; a Fraction must
# hash as the equal int or float does.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _scan_digits(text, start):
    """The end of the run of decimal digits at text[start:], where single
    underscores may separate digits."""
    end = start
    while end < len(text) and text[end].isdecimal():
        end += 1
        if end + 1 < len(text) and text[end] == "_" and text[end + 1].isdecimal():
            end += 1
    return end


def _parse_literal(text):
    """(numerator, denominator) of a Fraction literal ('3/4', '-1.5e3', '.5', ' 7 '),
    or None when the text is not one."""
    body = text.strip()
    pos = 0
    negative = False
    if body[:1] in ("+", "-"):
        negative = body[0] == "-"
        pos = 1
    whole_end = _scan_digits(body, pos)
    whole = body[pos:whole_end]
    pos = whole_end
    numerator = int(whole) if whole else 0
    denominator = 1
    if body[pos:pos + 1] == "/":
        below_end = _scan_digits(body, pos + 1)
        if not whole or below_end == pos + 1 or below_end != len(body):
            return None
        denominator = int(body[pos + 1:below_end])
        return (-numerator if negative else numerator), denominator
    if body[pos:pos + 1] == ".":
        fraction_end = _scan_digits(body, pos + 1)
        fraction = body[pos + 1:fraction_end]
        if not whole and not fraction:
            return None
        if fraction:
            scale = 10 ** len(fraction.replace("_", ""))
            numerator = numerator * scale + int(fraction)
            denominator = scale
        pos = fraction_end
    elif not whole:
        return None
    if body[pos:pos + 1] in ("e", "E"):
        digits_at = pos + 1
        if body[digits_at:digits_at + 1] in ("+", "-"):
            digits_at += 1
        exponent_end = _scan_digits(body, digits_at)
        if exponent_end == digits_at:
            return None
        exponent = int(body[pos + 1:exponent_end])
        if exponent >= 0:
            numerator *= 10 ** exponent
        else:
            denominator *= 10 ** -exponent
        pos = exponent_end
    if pos != len(body):
        return None
    return (-numerator if negative else numerator), denominator


def _is_decimal(value):
    """Whether value is a decimal.Decimal; the decimal module is only looked at when
    the program has imported it, as only then can a Decimal exist."""
    decimal = sys.modules.get("decimal")
    return decimal is not None and isinstance(value, decimal.Decimal)


def _sign(value):
    return (value > 0) - (value < 0)


def _make(cls, numerator, denominator):
    """A Fraction from a numerator and denominator already in lowest terms."""
    made = object.__new__(cls)
    made._numerator = numerator
    made._denominator = denominator
    return made


def _reduced(numerator, denominator):
    divisor = math.gcd(numerator, denominator)
    if denominator < 0:
        divisor = -divisor
    return _make(Fraction, numerator // divisor, denominator // divisor)


# Knuth, TAOCP volume 2, 4.5.1: with both operands in lowest terms, only the gcd of
# the denominators can divide the numerator of a sum, and cross gcds reduce a product,
# so the gcds are taken of small numbers rather than of the full products.

def _exact_add(a_top, a_bottom, b_top, b_bottom):
    common = math.gcd(a_bottom, b_bottom)
    if common == 1:
        return _make(Fraction, a_top * b_bottom + b_top * a_bottom, a_bottom * b_bottom)
    a_part = a_bottom // common
    top = a_top * (b_bottom // common) + b_top * a_part
    shared = math.gcd(top, common)
    return _make(Fraction, top // shared, a_part * (b_bottom // shared))


def _exact_sub(a_top, a_bottom, b_top, b_bottom):
    return _exact_add(a_top, a_bottom, -b_top, b_bottom)


def _exact_mul(a_top, a_bottom, b_top, b_bottom):
    first = math.gcd(a_top, b_bottom)
    second = math.gcd(b_top, a_bottom)
    return _make(Fraction, (a_top // first) * (b_top // second),
                 (a_bottom // second) * (b_bottom // first))


def _exact_truediv(a_top, a_bottom, b_top, b_bottom):
    if b_top == 0:
        # CPython reduces before dividing, so the message shows the dividend's sign.
        raise ZeroDivisionError(f"Fraction({_sign(a_top)}, 0)")
    if b_top < 0:
        b_top, b_bottom = -b_top, -b_bottom
    return _exact_mul(a_top, a_bottom, b_bottom, b_top)


def _exact_floordiv(a_top, a_bottom, b_top, b_bottom):
    return (a_top * b_bottom) // (a_bottom * b_top)


def _exact_mod(a_top, a_bottom, b_top, b_bottom):
    return _reduced((a_top * b_bottom) % (b_top * a_bottom), a_bottom * b_bottom)


def _exact_divmod(a_top, a_bottom, b_top, b_bottom):
    quotient, remainder = divmod(a_top * b_bottom, a_bottom * b_top)
    return quotient, _reduced(remainder, a_bottom * b_bottom)


def _operator_pair(name, exact, inexact):
    """Fraction's __name__ and __rname__: exact with ints and Fractions; in float or
    complex arithmetic with those; for other rationals and reals on the left, the
    reflected method converts both sides, as CPython's does."""

    def forward(self, other):
        if isinstance(other, (int, Fraction)):
            return exact(self._numerator, self._denominator, other.numerator, other.denominator)
        if isinstance(other, float):
            return inexact(float(self), other)
        if isinstance(other, complex):
            return inexact(complex(self), other)
        return NotImplemented

    def reflected(self, other):
        if isinstance(other, numbers.Rational):
            return exact(other.numerator, other.denominator, self._numerator, self._denominator)
        if isinstance(other, numbers.Real):
            return inexact(float(other), float(self))
        if isinstance(other, numbers.Complex):
            return inexact(complex(other), complex(self))
        return NotImplemented

    forward.__name__ = f"__{name}__"
    reflected.__name__ = f"__r{name}__"
    return forward, reflected


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction(7)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                top, bottom = numerator, 1
            elif isinstance(numerator, numbers.Rational):
                top, bottom = numerator.numerator, numerator.denominator
            elif isinstance(numerator, float) or _is_decimal(numerator):
                top, bottom = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse_literal(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                top, bottom = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            top = numerator.numerator * denominator.denominator
            bottom = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if bottom == 0:
            raise ZeroDivisionError(f"Fraction({top}, 0)")
        divisor = math.gcd(top, bottom)
        if bottom < 0:
            divisor = -divisor
        return _make(cls, top // divisor, bottom // divisor)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, "
                            f"not {f!r} ({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(f"{cls.__name__}.from_decimal() only takes Decimals, "
                            f"not {dec!r} ({type(dec).__name__})")
        return cls(*dec.as_integer_ratio())

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until the next
        # denominator would be too large; the best approximations are then the
        # last convergent and the largest semiconvergent that still fits.
        prev_p, prev_q, p, q = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            next_q = prev_q + term * q
            if next_q > max_denominator:
                break
            prev_p, prev_q, p, q = p, q, prev_p + term * p, next_q
            top, bottom = bottom, top - term * bottom
        steps = (max_denominator - prev_q) // q
        semiconvergent = Fraction(prev_p + steps * p, prev_q + steps * q)
        convergent = Fraction(p, q)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    def __repr__(self):
        return f"{type(self).__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # -- unary operations and conversions

    def __pos__(self):
        return _make(Fraction, self._numerator, self._denominator)

    def __neg__(self):
        return _make(Fraction, -self._numerator, self._denominator)

    def __abs__(self):
        return _make(Fraction, abs(self._numerator), self._denominator)

    def __trunc__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    def __int__(self):
        return self.__trunc__()

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            whole, remainder = divmod(self._numerator, self._denominator)
            twice = 2 * remainder
            if twice > self._denominator or (twice == self._denominator and whole % 2 == 1):
                whole += 1
            return whole
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __bool__(self):
        return bool(self._numerator)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus: hash as infinity.
            magnitude = _HASH_INF
        else:
            magnitude = abs(self._numerator) % _HASH_MODULUS * inverse % _HASH_MODULUS
        result = magnitude if self._numerator >= 0 else -magnitude
        return -2 if result == -1 else result

    # -- comparisons

    def __eq__(self, other):
        if type(other) is int:
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, numbers.Rational):
            return (self._numerator == other.numerator
                    and self._denominator == other.denominator)
        if isinstance(other, numbers.Complex) and other.imag == 0:
            other = other.real
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                # Any finite value relates to these as zero does.
                return 0.0 == other
            return self == Fraction.from_float(other)
        return NotImplemented

    def _order(self, other):
        """(left, right) numbers ordered as self and other are, or None."""
        if isinstance(other, numbers.Rational):
            return (self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return (0.0, other)
            exact = Fraction.from_float(other)
            return (self._numerator * exact._denominator, self._denominator * exact._numerator)
        return None

    def __lt__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._order(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    # -- binary arithmetic

    __add__, __radd__ = _operator_pair("add", _exact_add, lambda a, b: a + b)
    __sub__, __rsub__ = _operator_pair("sub", _exact_sub, lambda a, b: a - b)
    __mul__, __rmul__ = _operator_pair("mul", _exact_mul, lambda a, b: a * b)
    __truediv__, __rtruediv__ = _operator_pair("truediv", _exact_truediv, lambda a, b: a / b)
    __floordiv__, __rfloordiv__ = _operator_pair("floordiv", _exact_floordiv, lambda a, b: a // b)
    __mod__, __rmod__ = _operator_pair("mod", _exact_mod, lambda a, b: a % b)
    __divmod__, __rdivmod__ = _operator_pair("divmod", _exact_divmod, divmod)

    def __pow__(self, exponent):
        if isinstance(exponent, numbers.Rational):
            if exponent.denominator != 1:
                # A fractional power is irrational in general.
                return float(self) ** float(exponent)
            power = exponent.numerator
            top, bottom = self._numerator, self._denominator
            if power < 0:
                # Invert, keeping the denominator positive.
                top, bottom = (bottom, top) if top >= 0 else (-bottom, -top)
                power = -power
            if bottom == 0:
                raise ZeroDivisionError(f"Fraction({top ** power}, 0)")
            return _make(Fraction, top ** power, bottom ** power)
        return float(self) ** exponent

    def __rpow__(self, base):
        if self._denominator == 1 and self._numerator >= 0:
            # An int base stays an int.
            return base ** self._numerator
        if isinstance(base, numbers.Rational):
            return Fraction(base.numerator, base.denominator) ** self
        if self._denominator == 1:
            return base ** self._numerator
        return base ** float(self)

    # -- copying and pickling: a Fraction is immutable

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
