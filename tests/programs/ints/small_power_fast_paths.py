# `**` and three-argument `pow` on machine ints: results at the edges of the tagged range and
# of 64 bits (where the big-int path takes over), signs of bases and moduli, zero and one,
# negative exponents (floats, or modular inverses), and the errors.

for base in (0, 1, -1, 2, -2, 3, 10, -10, 2**31 - 1, 2**61 - 1, -(2**61)):
    for exp in (0, 1, 2, 3, 30, 31, 60, 61, 62, 63, 64, 65, 100):
        r = base**exp
        print(base, exp, r if abs(r) < 10**30 else (r.bit_length(), r % 1000003))
print(7**22, 7**23, (-7) ** 23, 3**39, 3**40, 3**41, (-2) ** 61, (-2) ** 62, (-2) ** 63)
print(2**-1, (-2) ** -3, 0**0, 1 ** (10**30), (-1) ** (10**30 + 1))
try:
    print(0**-1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

x = 5
x **= 3
print(x, type(x))
x **= 30
print(x)

for b in (0, 1, -1, 2, -2, 7, -7, 123456789, -(2**61), 2**61 - 1):
    for e in (0, 1, 2, 5, 65537, 2**40 + 1):
        for m in (1, -1, 2, 7, -7, 1000000007, -1000000007, 2**61 - 1, -(2**61)):
            print(pow(b, e, m), end=" ")
    print()
print(pow(3, -1, 7), pow(-3, -2, 1000000007), pow(2, -1, -7))
for args in ((2, 3, 0), (2, -1, 4), (4.0, 2, 3)):
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# A Miller-Rabin test, the common user of three-argument pow on machine ints.
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(10**12, 10**12 + 200) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1), is_probable_prime(2**89 - 1))
