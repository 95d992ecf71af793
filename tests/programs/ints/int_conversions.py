# Checks int() and str() conversions, int/float comparisons, and their error messages.
print(int("42"), int("-17"), int("  8  "), int("+3"), int("0"), int("000123"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(True), int(2.5e10))
print(int("123456789012345678901234567890") + 1)
print(str(10 ** 25), str(-5), repr(7), len(str(2 ** 200)))
print(int(float(2 ** 53)), int(1e20))

# Exact comparisons between ints and floats, even beyond 2**53.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(0.1 + 0.2 == 0.3, 3 < 3.5 < 4, -1 < -0.5)

bad = ["abc", "12.5", "", "1_000x", "0x10"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
print(int("1_000"))

for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)

try:
    int(None)
except TypeError as e:
    print("TypeError:", e)

# Mixed-type arithmetic results.
print(1 + 2.0, 2 * 3.0, 7 - True, type(1 + 2.0).__name__, type(True + True).__name__)
print(abs(-7), abs(7), abs(-2 ** 65), abs(-0), -0)
