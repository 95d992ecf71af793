# What complex numbers refuse (order, //, %, divmod, int(), float(), round, math), their
# dunder methods as attributes, and user classes meeting complex operands.
import math


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


z = 1 + 2j
show("z < 1", lambda: z < 1)
show("1 <= z", lambda: 1 <= z)
show("z > 1.5", lambda: z > 1.5)
show("z >= z", lambda: z >= z)
show("z < 'a'", lambda: z < "a")
show("z == 'a'", lambda: z == "a")
show("sorted([1j, 2j])", lambda: sorted([1j, 2j]))
show("max(1j, 2j)", lambda: max(1j, 2j))
show("min([1j])", lambda: min([1j]))
show("z // 1", lambda: z // 1)
show("1 // z", lambda: 1 // z)
show("z % 2", lambda: z % 2)
show("2.0 % z", lambda: 2.0 % z)
show("divmod(z, 1)", lambda: divmod(z, 1))
show("divmod(1, z)", lambda: divmod(1, z))
show("z & 1", lambda: z & 1)
show("z << 1", lambda: z << 1)
show("z @ z", lambda: z @ z)
show("~z", lambda: ~z)
show("z + 'a'", lambda: z + "a")
show("'a' + z", lambda: "a" + z)
show("z * 'ab'", lambda: z * "ab")
show("[1] * z", lambda: [1] * z)
show("z + None", lambda: z + None)
show("z + [1]", lambda: z + [1])
show("z / 0", lambda: z / 0)
show("z / 0.0", lambda: z / 0.0)
show("z / 0j", lambda: z / 0j)
show("z / -0j", lambda: z / -0j)
show("1 / 0j", lambda: 1 / 0j)
show("z + 10**400", lambda: z + 10**400)
show("10**400 * z", lambda: 10**400 * z)
show("z == 10**400", lambda: z == 10**400)
show("abs(complex(1e308, 1e308))", lambda: abs(complex(1e308, 1e308)))
show("abs(complex(1.7e308, 1.7e308))", lambda: abs(complex(1.7e308, 1.7e308)))
show("int(z)", lambda: int(z))
show("float(z)", lambda: float(z))
show("round(z)", lambda: round(z))
show("round(z, 1)", lambda: round(z, 1))
show("math.floor(z)", lambda: math.floor(z))
show("math.sqrt(z)", lambda: math.sqrt(z))
show("math.exp(z)", lambda: math.exp(z))
show("math.isnan(z)", lambda: math.isnan(z))
show("math.fabs(z)", lambda: math.fabs(z))
show("math.log(z)", lambda: math.log(z))
show("math.hypot(z)", lambda: math.hypot(z))
show("math.pow(z, 2)", lambda: math.pow(z, 2))
show("range(z)", lambda: range(z))
show("[0][z]", lambda: [0][z])
show("len(z)", lambda: len(z))
show("iter(z)", lambda: iter(z))
show("z()", lambda: z())
show("z.foo", lambda: z.foo)
show("hex(z)", lambda: hex(z))
show("chr(z)", lambda: chr(z))


def set_real():
    z.real = 3


def del_imag():
    del z.imag


def set_other():
    z.other = 1


show("z.real = 3", set_real)
show("del z.imag", del_imag)
show("z.other = 1", set_other)

show("z.__add__(1)", lambda: z.__add__(1))
show("z.__radd__(2.5)", lambda: z.__radd__(2.5))
show("z.__add__('x')", lambda: z.__add__("x"))
show("z.__sub__(True)", lambda: z.__sub__(True))
show("z.__rsub__(1)", lambda: z.__rsub__(1))
show("z.__mul__(2)", lambda: z.__mul__(2))
show("z.__rmul__(2)", lambda: z.__rmul__(2))
show("z.__truediv__(2)", lambda: z.__truediv__(2))
show("z.__rtruediv__(2)", lambda: z.__rtruediv__(2))
show("z.__truediv__(0)", lambda: z.__truediv__(0))
show("z.__pow__(2)", lambda: z.__pow__(2))
show("z.__rpow__(2)", lambda: z.__rpow__(2))
show("z.__eq__(z)", lambda: z.__eq__(z))
show("z.__ne__(1)", lambda: z.__ne__(1))
show("z.__eq__('a')", lambda: z.__eq__("a"))
show("z.__lt__(z)", lambda: z.__lt__(z))
show("z.__neg__()", lambda: z.__neg__())
show("z.__pos__()", lambda: z.__pos__())
show("z.__abs__()", lambda: z.__abs__())
show("z.__bool__()", lambda: z.__bool__())
show("z.__hash__()", lambda: z.__hash__())
show("z.__repr__()", lambda: z.__repr__())
show("z.__str__()", lambda: z.__str__())
show("z.__complex__()", lambda: z.__complex__())
show("z.__getnewargs__()", lambda: z.__getnewargs__())
show("z.conjugate()", lambda: z.conjugate())
show("z.conjugate(1)", lambda: z.conjugate(1))
show("complex.conjugate(z)", lambda: complex.conjugate(z))
show("complex.conjugate(1)", lambda: complex.conjugate(1))
show("complex.conjugate()", lambda: complex.conjugate())
show("complex.__add__(1.0, 1j)", lambda: complex.__add__(1.0, 1j))
show("complex.__mul__(1j, 1j)", lambda: complex.__mul__(1j, 1j))
show("z.__floordiv__", lambda: z.__floordiv__)
show("z.__int__", lambda: z.__int__)
show("(2).conjugate()", lambda: (2).conjugate())
show("(2.5).conjugate()", lambda: (2.5).conjugate())
show("(2).imag", lambda: (2).imag)
show("(2.5).imag", lambda: (2.5).imag)


class Meter:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Meter(other + self.v)

    def __rmul__(self, other):
        return "rmul " + repr(other)

    def __eq__(self, other):
        return "eq " + repr(other)

    def __repr__(self):
        return f"Meter({self.v!r})"


show("1j + Meter(2)", lambda: 1j + Meter(2))
show("1j * Meter(2)", lambda: 1j * Meter(2))
show("1j == Meter(2)", lambda: 1j == Meter(2))
show("1j - Meter(2)", lambda: 1j - Meter(2))


class Vec:
    def __init__(self, z):
        self.z = z

    def __complex__(self):
        return self.z

    def __abs__(self):
        return abs(self.z)


show("complex(Vec(3+4j))", lambda: complex(Vec(3 + 4j)))
show("abs(Vec(3+4j))", lambda: abs(Vec(3 + 4j)))
show("Vec(1j) + 1", lambda: Vec(1j) + 1)
show("bool(0j) or 'empty'", lambda: bool(0j) or "empty")
if 0j:
    print("0j is true")
elif complex(0, -0.0):
    print("-0j is true")
else:
    print("zeros are false")
while 1j:
    print("1j is true")
    break
print([w for w in [0j, 1j, 0.0, 2 + 0j] if w])
print(not 0j, not 1j, 0j or 5, 1j and 6)
