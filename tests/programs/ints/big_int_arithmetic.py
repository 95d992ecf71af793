# Checks arbitrary-precision ints: growth past 2**63 and 2**64, mixed signs, huge products.
print(2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100)
print(2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1)
big = 9223372036854775807
print(big + 1, big * 2, big * big, -big - 2)
print(2 ** 62 + 2 ** 62, 4611686018427387904 * 2, -4611686018427387904 - 1)

# Crossing the small-int boundary and coming back.
n = 2 ** 62 - 1
m = n + 1
print(m, m - 1, m - 1 == n, (m * 4) // 4 == m)

# Factorials and powers that need many digits.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(3 ** 200)
print(-7 ** 41, (-7) ** 41)

# Big int floor division and modulo keep floor semantics.
a = 10 ** 30 + 7
print(a // 3, a % 3, -a // 3, -a % 3, a // -3, a % -3)
print(a // (10 ** 15), a % (10 ** 15))
print((2 ** 128) // (2 ** 64), (2 ** 128) % (2 ** 64 - 1))

# Equality and comparisons between big and small ints.
print(2 ** 64 > 2 ** 63, -(2 ** 64) < 5, 2 ** 70 == 2 ** 70, 2 ** 70 != 2 ** 71)
print(10 ** 20 - 10 ** 20 == 0, 10 ** 20 // 10 ** 20)

# A running sum that overflows 64 bits.
total = 0
for k in range(100):
    total += 2 ** 60
print(total, total // 100 == 2 ** 60)

# Fibonacci into the big range.
a, b = 0, 1
for _ in range(150):
    a, b = b, a + b
print(a)

# Unary minus and abs on big values.
print(-(10 ** 25), abs(-(10 ** 25)), +(-(10 ** 25)))
print(abs(-(2 ** 63)), -(-(2 ** 63)))
