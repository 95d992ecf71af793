# format(), f-strings, str.format and % with complex numbers.
inf = float("inf")
nan = float("nan")
values = [0j, -0j, complex(-0.0, -0.0), 1j, 1 + 2j, -1.5 - 2.25j, complex(1234567.891, -0.000123),
          complex(1e20, 1e-20), complex(inf, nan), complex(-inf, -inf), complex(3, -0.0),
          complex(-1e-9, -1e-9)]
specs = ["", ".2f", ">20", "<20", "^20", "*^24", "g", "G", "e", "E", "f", "F", "n", ".3",
         ".0", ".0f", "+", "-", " ", "+g", " g", ",", "_", ",.2f", "_.3e", "#", "#g", "#.0f",
         "z", "zf", "z.2f", "z.1g", "30.4e", "x<30.2f", ".17g", ".20f", "10", "+.1f"]


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for z in values:
    for spec in specs:
        show(f"format({z!r}, {spec!r})", lambda: format(z, spec))
for spec in ["%", "d", "x", "s", "c", "b", "abc", ",d", "_x", ".", ",_", "\u00e9", "=10",
             "010", "0>10", "0<10", "=", "0", "10.2fx", ".99999999999f"]:
    show(f"format(1j, {spec!r})", lambda: format(1j, spec))
z = 3.14159 - 2.71828j
print(f"{z}|{z:.2f}|{z:>25}|{z:g}|{z:e}|{z!r:>20}|{z!s:^20}")
print("{:.3f} {:^30} {:<12.1e}".format(z, z, 1j))
print("%s %r %10s %-12r|" % (z, z, 1j, 1j))
print((1j).__format__(".1f"), complex.__format__(2 + 0j, ""))
for fmt in ["%f", "%d", "%e", "%g", "%x", "%c", "%i", "%5.2f"]:
    show(f"{fmt!r} % 1j", lambda: fmt % 1j)
    show(f"{fmt!r} % (1j,)", lambda: fmt % (1j,))
show("complex.__format__(1j, 2)", lambda: complex.__format__(1j, 2))
show("format(1j, 2)", lambda: format(1j, 2))
