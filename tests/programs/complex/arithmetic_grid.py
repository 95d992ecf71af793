# Complex arithmetic against int, float, bool and complex operands on either side,
# over a grid of values including signed zeros, infinities and NaNs.
inf = float("inf")
nan = float("nan")

complexes = [
    0j, -0j, complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 2j, -3 + 4j,
    2.5 - 0.5j, complex(1e300, 1e300), complex(1e-300, -1e-300), complex(inf, 0),
    complex(0, inf), complex(-inf, 1), complex(nan, 1), complex(1, nan),
    complex(3, -0.0), 0.1 + 0.2j, complex(1e16, 3), complex(-7, 1e-5),
]
reals = [0, 1, -2, True, False, 0.0, -0.0, 0.5, -3.25, 1e308, inf, -inf, nan, 10**20]
operators = [
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("*", lambda a, b: a * b),
    ("/", lambda a, b: a / b),
]


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for a in complexes:
    for b in complexes + reals:
        for sym, op in operators:
            show(f"{a!r} {sym} {b!r}", lambda: op(a, b))
            show(f"{b!r} {sym} {a!r}", lambda: op(b, a))

for a in complexes:
    show(f"-{a!r}", lambda: -a)
    show(f"+{a!r}", lambda: +a)
    show(f"abs({a!r})", lambda: abs(a))
    show(f"bool({a!r})", lambda: bool(a))
    show(f"conj({a!r})", lambda: a.conjugate())
    show(f"parts({a!r})", lambda: (a.real, a.imag))

total = 0j
for k in range(1, 60):
    total = total * (1 + 1j / k) + complex(k, -k) / (k + 0.5j)
print(total)
z = 1 + 1j
z += 2
z -= 1j
z *= 3
z /= 2 - 1j
print(z)
print(sum([1j, 2, 3.5, True]), sum([0.5j] * 10, 1j))
