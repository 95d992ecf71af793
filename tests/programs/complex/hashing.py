# hash() of complex numbers equals CPython's, and equal numbers of different types are
# one dict key and one set element.
inf = float("inf")
values = [0j, -0j, 1j, -1j, 1 + 0j, -1 + 0j, 2.5 + 0j, complex(1.5, 2.5), complex(0.5, 1),
          complex(-1, -1), complex(inf, 0), complex(0, inf), complex(-inf, -1), complex(1e300, -1e-300),
          complex(2**61, 0), complex(0, 2**61), complex(2**62, 1), 3 - 4j, complex(-2, 0),
          complex(0.1, 0.2), complex(1e16, 1e16)]
for z in values:
    print(repr(z), hash(z), hash(z) == hash(z.real) if z.imag == 0 else hash(z) != hash(z.real))
print(hash(1 + 0j) == hash(1) == hash(1.0) == hash(True))
d = {1: "int", 2.5: "float", 3j: "complex"}
d[1 + 0j] = "complex one"
d[2.5 + 0j] = "complex two and a half"
d[complex(0, 3)] = "three j"
print(d)
print({1, 1.0, 1 + 0j, True, 2j, complex(0, 2)})
print(1 + 0j in {1}, 2j in [0, 2j], 2j in (1, 2), (1 + 0j) in {1: 2}, {2j: 1}.get(2j))
print((1j).__hash__(), hash((1j, 2)), hash(frozenset([1j])) == hash(frozenset([complex(0, 1)])))
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 1j == 1, 1j == 1j, 1 + 0j == True, 0j == False)
print(1 + 0j != 1, 1j != 1j, complex(float("nan"), 0) == float("nan"), 2**53 + 1 == complex(2**53 + 1, 0))
print(2**53 + 1 == complex(2**53, 0), 10**400 == 1j, 1j == "1j", 1j != None, [1j] == [1j], (1j, 2) == (1j, 2.0))
print(complex(1, 0) == 1.0, 1.0 == complex(1, 0), complex(1, -0.0) == 1, -0.0 == -0j)
