# Imaginary literals and the repr/str of complex numbers: signed zeros, integral parts
# without ".0", exponents, infinities and NaNs.
inf = float("inf")
nan = float("nan")

print(1j, 2.5J, 1e3j, 1E-3j, 0j, 0.0j, 1_000j, 0x10 * 1j, 10j ** 2)
print(.5j, 5.j, 1e16j, 1e-5j, 123456789012345678j, 1e400j, 0.1j + 0.2j)
print(-1j, -0j, +1j, 1 + 0j, 1 - 0j, -1 - 0j, -(1 + 0j), 3 - 4j, -3.5 + 2.25j)
for re in [0.0, -0.0, 1.0, -1.0, 1e16, 1e-7, 123.456, inf, -inf, nan]:
    for im in [0.0, -0.0, 1.0, -2.5, 1e16, 1e-5, inf, -inf, nan, -nan]:
        z = complex(re, im)
        print(repr(z), str(z), z.real, z.imag, f"{z}", f"{z!r}", "%s|%r" % (z, z))
print([1j, -2j], (1 + 1j,), {1j: 2 - 1j}, {3j})
print(type(1j), type(1j).__name__, complex, complex.__name__, isinstance(2j, complex))
print(isinstance(2, complex), isinstance(2.0, complex), issubclass(complex, object))
print(1j.__class__, (1j).__class__.__name__, type(1j) is complex)
print(1j == 1j, 1j != 2j, 1j == 1, 1 + 0j == 1.0)
x = 2j
y = x
print(x is y, id(x) == id(y))
print(str(-0j), repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)))
print(ascii(1 + 2j), format(1j), "{}".format(3 - 1j), "{0!r:>12}".format(1j))
