# numbers: the ABC tower, the builtins' places in it, registration and the mixins.
import numbers
from numbers import Number, Complex, Real, Rational, Integral


for value in [3, True, 2.5, 1j, "3", None, [1]]:
    print(repr(value), [cls.__name__ for cls in (Number, Complex, Real, Rational, Integral)
                        if isinstance(value, cls)])
print(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Complex),
      issubclass(Complex, Number), issubclass(Number, Integral), issubclass(bool, Integral))
print(Integral.__mro__[1:4] == (Rational, Real, Complex), numbers.__all__)
print(sorted(Integral.__abstractmethods__)[:6], len(Real.__abstractmethods__))
print(Number.__hash__ is None)


class Meters(Real):
    """A concrete Real: it defines the abstract methods and inherits the mixins."""

    def __init__(self, value):
        self.value = float(value)

    def __float__(self):
        return self.value

    def __trunc__(self):
        return int(self.value)

    def __floor__(self):
        return int(self.value // 1)

    def __ceil__(self):
        return -int(-self.value // 1)

    def __round__(self, ndigits=None):
        return round(self.value, ndigits)

    def __floordiv__(self, other):
        return Meters(self.value // float(other))

    def __rfloordiv__(self, other):
        return Meters(float(other) // self.value)

    def __mod__(self, other):
        return Meters(self.value % float(other))

    def __rmod__(self, other):
        return Meters(float(other) % self.value)

    def __lt__(self, other):
        return self.value < float(other)

    def __le__(self, other):
        return self.value <= float(other)

    def __eq__(self, other):
        return self.value == float(other)

    __hash__ = None

    def __add__(self, other):
        return Meters(self.value + float(other))

    __radd__ = __add__

    def __neg__(self):
        return Meters(-self.value)

    def __pos__(self):
        return Meters(self.value)

    def __mul__(self, other):
        return Meters(self.value * float(other))

    __rmul__ = __mul__

    def __truediv__(self, other):
        return Meters(self.value / float(other))

    def __rtruediv__(self, other):
        return Meters(float(other) / self.value)

    def __pow__(self, other):
        return Meters(self.value ** float(other))

    def __rpow__(self, other):
        return Meters(float(other) ** self.value)

    def __abs__(self):
        return Meters(abs(self.value))

    def __repr__(self):
        return f"Meters({self.value})"


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), m.real, m.imag, m.conjugate(), complex(m), bool(m),
      isinstance(m, Complex), isinstance(m, Rational))


class Counted:
    pass


Integral.register(Counted)
print(isinstance(Counted(), Integral), isinstance(Counted(), Number), issubclass(Counted, Real))


class Half(Real):
    def __float__(self):
        return 0.5


try:
    Half()
except TypeError as error:
    print(type(error).__name__, str(error).split(" with ")[0])
