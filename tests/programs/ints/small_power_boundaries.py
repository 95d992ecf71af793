# Powers of machine-sized ints around the tagged-int and 64-bit limits, negative bases and
# exponents, zero and one, and the results' types.
for base in (-3, -2, -1, 0, 1, 2, 3, 7, 10, 2**31, -(2**31), 3037000499, 3037000500):
    for exponent in (0, 1, 2, 3, 5, 31, 32, 61, 62, 63, 64, 65):
        value = base**exponent
        print(base, exponent, value, value == int(str(value)), type(value).__name__)
for exponent in (-1, -2, -3):
    for base in (-2, 1, 2, 10):
        print(base, exponent, base**exponent)
try:
    print(0**-1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(2, 10), pow(-2, 63), pow(2, 62) - 1, pow(3, 40) % 1000)
print(sum(2**k for k in range(70)) == 2**70 - 1)
x = 1
for k in range(130):
    x = x * 2 if k % 3 else x**1
print(x, (-2) ** 127, 2**127 // 3**40)
print(10 ** 18 + 1, 10**19, -(10**19), 2**63 - 1, -(2**63))
