# complex(...): numbers, strings with CPython's grammar, __complex__, and the errors.
class WithComplex:
    def __complex__(self):
        return 3 + 4j


class BadComplex:
    def __complex__(self):
        return 3.0


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return "x"


class Nothing:
    pass


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r), type(r).__name__)


show("complex()", lambda: complex())
show("complex(1)", lambda: complex(1))
show("complex(2.5)", lambda: complex(2.5))
show("complex(1, 2)", lambda: complex(1, 2))
show("complex(1.5, -0.0)", lambda: complex(1.5, -0.0))
show("complex(-0.0, 1)", lambda: complex(-0.0, 1))
show("complex(True, False)", lambda: complex(True, False))
show("complex(1j)", lambda: complex(1j))
show("complex(1j, 1j)", lambda: complex(1j, 1j))
show("complex(1+1j, 2)", lambda: complex(1 + 1j, 2))
show("complex(1, 1+1j)", lambda: complex(1, 1 + 1j))
show("complex(1, complex(-0.0, 0))", lambda: complex(1, complex(-0.0, 0)))
show("complex(complex(1, -0.0), -0.0)", lambda: complex(complex(1, -0.0), -0.0))
show("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
show("complex(imag=2)", lambda: complex(imag=2))
show("complex(real=1j)", lambda: complex(real=1j))
show("complex(imag=1j)", lambda: complex(imag=1j))
show("complex(real='1+j')", lambda: complex(real="1+j"))
show("complex(x=1)", lambda: complex(x=1))
show("complex(1, real=2)", lambda: complex(1, real=2))
show("complex(1, 2, 3)", lambda: complex(1, 2, 3))
show("complex(1, 2, imag=3)", lambda: complex(1, 2, imag=3))
show("complex(1, imag=2, x=3)", lambda: complex(1, imag=2, x=3))
show("complex('1', 2)", lambda: complex("1", 2))
show("complex('1', None)", lambda: complex("1", None))
show("complex('1', imag=2)", lambda: complex("1", imag=2))
show("complex(1, '2')", lambda: complex(1, "2"))
show("complex(imag='2')", lambda: complex(imag="2"))
show("complex([])", lambda: complex([]))
show("complex(None)", lambda: complex(None))
show("complex(1, [])", lambda: complex(1, []))
show("complex(1, None)", lambda: complex(1, None))
show("complex(2**2000)", lambda: complex(2**2000))
show("complex(1, 2**2000)", lambda: complex(1, 2**2000))
show("complex(10**20, -10**20)", lambda: complex(10**20, -10**20))
show("complex(WithComplex())", lambda: complex(WithComplex()))
show("complex(WithComplex(), 1)", lambda: complex(WithComplex(), 1))
show("complex(BadComplex())", lambda: complex(BadComplex()))
show("complex(WithFloat())", lambda: complex(WithFloat()))
show("complex(WithFloat(), WithIndex())", lambda: complex(WithFloat(), WithIndex()))
show("complex(WithIndex())", lambda: complex(WithIndex()))
show("complex(BadFloat())", lambda: complex(BadFloat()))
show("complex(Nothing())", lambda: complex(Nothing()))
show("complex(1, Nothing())", lambda: complex(1, Nothing()))

texts = [
    "1+2j", "(1+2j)", " ( 1+2j ) ", "\t1-2j\n", "j", "-j", "+j", "J", "1j", "-1.5J",
    "1e3j", "1E-3J", "1.e3", ".5", ".5j", "5.", "1+j", "1-j", "inf", "-inf", "infj",
    "-infj", "nan", "nanj", "-nanj", "Infinity+NaNj", "INF-INFJ", "1e500j", "-1e500",
    "1_0j", "1_000.000_1+2_0j", "1__0j", "_1j", "1_j", "1j_", "1_e3j", "", " ", "()",
    "( )", "(1", "1)", "1+2", "1+2jj", "x", "1 + 2j", "1+ 2j", "j1", "1e", "1e+j",
    "1.2.3", "++1j", "+-1j", "(j)", "(-j)", "( 3.5 )", "0x10", "1\x00", "1_\x002",
    "\u0661\u0662j", "\u20031+1j\u2003", "1+1j\u00e9", "0j", "-0j", "-0-0j", "0-0j",
]
for t in texts:
    show(f"complex({t!r})", lambda: complex(t))
