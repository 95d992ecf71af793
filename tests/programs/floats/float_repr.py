# Checks float repr/str: shortest round-trip digits and CPython's exponent layout rules.
values = [0.1 + 0.2, 0.1, 0.5, 1.0, -1.5, 100.0, 1e16, 1e15, 1e-05, 0.0001, 1e-4 / 10,
          123456789.0, 1234567890123456.0, 12345678901234567.0, 1.5e300, 2.5e-300,
          1 / 3, 2 / 3, 10 / 3, 1e22, 1e23, 9007199254740993.0, 0.1 * 3, 1.1 * 1.1,
          5e-324, 1.7976931348623157e308, 2.0 ** 60, 2.0 ** -20, 3.14159, -0.0, 0.0]
for v in values:
    print(repr(v), str(v))

print(1e16, 1e+16, 1E16, 1.0e16, 10000000000000000.0)
print(0.000001, 0.0000001, 1e-7 * 10)
print(float("1.10"), float("  -2.5 "), float("1e3"), float("inf"), float("-inf"), float("nan"))
print(float(7), float(-0), float(10 ** 20), float("1_0.5"))
print([0.1, 0.2, 1e100], (1.0,), {"k": 2.50})
print(str(1.0) + "|" + repr(2.0) + "|" + str(-0.0))
