# Complex powers: the integer-exponent path (repeated squaring up to |n| <= 100), the
# polar path, zero bases, overflow, the errors, and floats whose power is complex.
inf = float("inf")
nan = float("nan")


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


bases = [0j, 1j, -1j, 1 + 1j, 1 + 2j, -0.5 + 0.25j, 3 - 4j, complex(1e10, 1e10),
         complex(0.9, 0.1), complex(inf, 0), complex(nan, 0), complex(-2, -0.0), 2, -2, 0.5, -8.0]
exponents = [0, 1, 2, 3, -1, -2, 7, 10, 50, 100, 101, -100, 0.5, -0.5, 1.5, 2.0, -3.0, 100.0,
             1j, -1j, 1 + 1j, 0.5 - 2j, 0j, complex(2, 0), complex(-1, 0), 1e-3j, 0.0, -0.0]
for b in bases:
    for e in exponents:
        if isinstance(b, complex) or isinstance(e, complex):
            show(f"{b!r} ** {e!r}", lambda: b ** e)
            show(f"pow({b!r}, {e!r})", lambda: pow(b, e))

for e in [-1, -2, -1.5, 1j, -1j, complex(-1, 1), 0, 0.0, 2, 1.5]:
    show(f"0j ** {e!r}", lambda: 0j ** e)
show("(1e200+1e200j) ** 2", lambda: (1e200 + 1e200j) ** 2)
show("(1e200+1e200j) ** 3", lambda: (1e200 + 1e200j) ** 3)
show("(1e200+0j) ** 2", lambda: (1e200 + 0j) ** 2)
show("(10+10j) ** 400", lambda: (10 + 10j) ** 400)
show("(10+10j) ** 400.5", lambda: (10 + 10j) ** 400.5)
show("(1+1j) ** complex(inf, 0)", lambda: (1 + 1j) ** complex(inf, 0))
show("(1+1j) ** complex(0, inf)", lambda: (1 + 1j) ** complex(0, inf))
show("2 ** (1000+1000j)", lambda: 2 ** (1000 + 1000j))
show("1j ** 1e20", lambda: 1j ** 1e20)
show("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
show("pow(2, 1j, 3)", lambda: pow(2, 1j, 3))
show("pow(2, 2, 3j)", lambda: pow(2, 2, 3j))
show("pow(2.0, 1j, 3)", lambda: pow(2.0, 1j, 3))
show("pow(1j, 2, None)", lambda: pow(1j, 2, None))
show("(1j).__pow__(2, 3)", lambda: (1j).__pow__(2, 3))
show("(1j).__rpow__(2)", lambda: (1j).__rpow__(2))

# Negative bases to fractional powers give complex numbers; integral powers stay real.
for b in [-8, -8.0, -1, -0.5, -2.5, -1e300, -0.0, -inf]:
    for e in [1 / 3, 0.5, -0.5, 2.5, 1e-300, 2, -1, 3.0, inf, nan]:
        show(f"{b!r} ** {e!r}", lambda: b ** e)
show("pow(-8, 1/3)", lambda: pow(-8, 1 / 3))
show("(-8) ** (1/3) type", lambda: type((-8) ** (1 / 3)).__name__)
show("2 ** -1", lambda: 2 ** -1)
show("(-2) ** -2", lambda: (-2) ** -2)
x = -27.0
y = x ** (1 / 3)
print(y, type(y).__name__, y.real, y.imag)
acc = 0j
for k in range(1, 30):
    acc += (-k) ** (1 / k)
print(acc)
