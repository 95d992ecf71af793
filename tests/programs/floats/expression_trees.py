# Arithmetic trees whose intermediate results codegen keeps as raw floats: the results,
# the errors and the order of side effects must be CPython's whatever the operand types.


def norm2(dx, dy, dz):
    return dx * dx + dy * dy + dz * dz


print(norm2(1.5, -2.25, 0.125), norm2(1, 2, 3), norm2(1, 2.5, 3))
print(norm2(10**10, 10**10, 1), norm2(2**40, 1.0, 0))


def mag(dt, d2):
    return dt / (d2 * d2**0.5)


print(mag(0.01, 4.0), mag(1, 2), mag(0.5, 1e-3))
print(2**0.5 * 2**0.5, 4**0.5 + 9**0.5, 2.0**10 - 1, 10**-2 * 3.0)
print((0.1 + 0.2) * 3 - 0.9, 1e308 * 10 - 1e308, -(1e308 * 10) + 1.0)


def mixed(a, b):
    return (a + b) * (a - b) / 2 < a * b


print(mixed(3.0, 2), mixed(1, 2), mixed(2.5, 0.5), mixed(True, 1.5))


def concat(a, b):
    return a * 2 + b * 3


print(concat("ab", "c"), concat([1], [2]), concat(1.5, 2.5), concat(2, 3))


def tracer(label, value):
    print("eval", label)
    return value


try:
    x = tracer("a", 1.0) * tracer("b", "s") + tracer("c", 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    x = tracer("a", 1.0) / (tracer("b", 2.0) - 2.0) + tracer("c", 1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x = 1.0 + 10.0**400 * 2
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0.0**-1.0 + 1.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for base in [2.0, 0.0, 1.0, float("inf"), float("nan")]:
    for exponent in [0.5, -1.0, 0.0, float("inf"), -float("inf")]:
        try:
            print(base, exponent, base**exponent * 1.0 + 0.0)
        except ZeroDivisionError as e:
            print(base, exponent, "ZeroDivisionError:", e)
print((-2.0) ** 2.0 + 0.5, (-8.0) ** 3 * 1.0, (-0.0) ** 2.0 * 1.0)

total = 0.0
for i in range(1, 6):
    total += 1.0 / i * (i + 0.5)
    total -= i**0.5 * 0.25
print(total)

acc = [0.0, 1.0]
acc[0] += 0.5 * acc[1] * 3
acc[1] -= acc[0] * acc[0] - 0.25
print(acc)


class Meters:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return Meters(self.v * k)

    def __add__(self, other):
        return Meters(self.v + other.v)

    def __lt__(self, other):
        return self.v < other


print((Meters(2.0) * 3.0 + Meters(1.5) * 2.0).v, Meters(1.0) * 2.0 < 2.5)
print(1.5 * 2.0 < 3.0, 1.5 * 2.0 <= 3.0, 0.1 * 3 == 0.3, 2.0 * 2.0 != 4, 1.0 * 3 > 2)
print(float("nan") * 1.0 < 1.0, float("inf") * 2.0 > 1e308, -0.0 * 1.0 == 0.0)
