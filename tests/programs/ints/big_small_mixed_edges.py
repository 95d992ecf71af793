# Mixed small and big int operands around the tagged-int boundary (62 bits) and the machine
# word (64 bits): arithmetic, floor division and modulo of every sign, shifts, bit operations
# on negatives, comparisons, hashing, and the int methods that read a big receiver.
import sys

edges = []
for p in (30, 60, 61, 62, 63, 64, 65, 100):
    for d in (-1, 0, 1):
        edges += [2**p + d, -(2**p) + d]
smalls = [0, 1, -1, 2, -2, 3, -7, 10, 2**31, -(2**31), 2**61 - 1, -(2**61)]

acc = 0
for a in edges:
    for b in smalls:
        for x, y in ((a, b), (b, a)):
            acc = (acc * 1000003 + x + y) % (2**61 - 1)
            acc ^= (x * y) % 1000000007
            acc ^= (x - y) % 998244353
            if y:
                q, r = divmod(x, y)
                assert q == x // y and r == x % y and q * y + r == x
                assert r == 0 or (r < 0) == (y < 0)
                acc ^= q % 65521 ^ r % 65537
            acc ^= (x & y) % 4093 ^ (x | y) % 4099 ^ (x ^ y) % 4111
            acc ^= (x < y) + 2 * (x <= y) + 4 * (x == y) + 8 * (x > y)
print("mixed checksum", acc)

for a in (2**61 - 1, 2**61, -(2**61), -(2**61) - 1, 2**62, 2**63 - 1, 2**63, -(2**63), 2**64):
    print(a, a + 1, a - 1, a * 2, a * -3, a // 7, a % 7, a // -7, a % -7, -a, ~a, abs(a))
    print(" ", a >> 1, a >> 62, a >> 63, a >> 200, a << 1, a << 3, (a << 70) >> 70 == a)
    print(" ", a & -1, a & 0xFF, a | -256, a ^ -1, a & -(2**62), hash(a) == hash(a + 0))
    print(" ", a.bit_length(), a.bit_count(), (a == float(a)), a.to_bytes(9, "big", signed=True).hex())

# Negative floor division and modulo, big by small and small by big.
for x in (-(10**30) - 1, -(10**30), 10**30 + 1):
    for y in (-3, 3, -(10**20), 10**20, -(10**31), 10**31):
        print(x // y, x % y, divmod(x, y))

# Shifts: by zero, past the width, of negatives (floor), and the errors.
big = -(3**80)
print(big >> 0 == big, big >> 10, big >> 127, big >> 128, big >> 10**6, (-1) >> 10**6, 5 >> 10**6)
print(1 << 100, -1 << 100, 0 << 10**9)
for f in (lambda: 1 << -1, lambda: big >> -1):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)

# Bit operations on negatives of different lengths (two's complement, infinitely extended).
n1, n2, p1 = -(2**100) + 12345, -(2**40) - 7, 2**90 + 2**3
for x, y in ((n1, n2), (n1, p1), (n2, p1), (n1, -1), (n2, 0), (p1, -(2**200))):
    print(x & y, x | y, x ^ y, ~x & y, x & ~y)

# Huge factorials: the digits past the str limit, and with the limit lifted.
f = 1
for k in range(2, 2001):
    f *= k
try:
    str(f)
except ValueError as e:
    print("ValueError:", e)
print(len(str(f % 10**4300)), str(f)[-1:] if False else f % 10**20)
sys.set_int_max_str_digits(0)
digits = str(f)
print(len(digits), sum(map(int, digits)), digits[:20], digits.rstrip("0")[-10:])
sys.set_int_max_str_digits(4300)

# The limit's edge: 4300 digits convert, 4301 do not, with a sign or without.
for v in (10**4299, 10**4300 - 1, -(10**4300 - 1), 10**4300, -(10**4300), 2**14284, 2**14290):
    try:
        s = str(v)
        print("ok", len(s), s[:3])
    except ValueError as e:
        print("ValueError:", str(e)[:60])
