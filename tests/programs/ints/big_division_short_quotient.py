# Floor division, modulo and divmod of big ints by big ints whose quotient is small (the
# digit loops of spigots and base conversions): every sign combination, exact multiples,
# remainders of one either side, and quotients at the edges of a machine word.

divisors = [3**100 + 12345, 2**127, 2**128 - 1, 2**200 + 1, 7**300, -(3**100 + 12345), -(2**128)]
multipliers = [0, 1, 2, 9, 10, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**33 - 1, 2**33, 2**40, 2**64 + 3]
offsets = [-1, 0, 1, 99]

checksum = 0
for d in divisors:
    for m in multipliers:
        for off in offsets:
            for x in (d * m + off, -(d * m + off)):
                q, r = divmod(x, d)
                assert q == x // d and r == x % d
                assert q * d + r == x
                assert r == 0 or (r > 0) == (d > 0)
                assert abs(r) < abs(d)
                checksum = (checksum * 31 + q + r % 1000003) % (2**61 - 1)
print("checksum", checksum)

# A few printed cases, signs visible.
big = 10**50 + 7
for x in (9 * big + 5, -(9 * big + 5), 9 * big, -9 * big, big - 1, -(big - 1)):
    for y in (big, -big):
        print(x // y, x % y, divmod(x, y)[0], divmod(x, y)[1] == x % y)

# The quotient of a number that just fits the estimate's range and one just past it.
y = 2**127 + 1
for x in (y * (2**32 - 1) + y - 1, y * 2**32, y * 2**33 - 1, y * 2**33):
    print(x // y, x % y)

# Division by zero still raises, with CPython's messages.
for f in (lambda: (10**40) // 0, lambda: (10**40) % 0, lambda: divmod(10**40, 0)):
    try:
        f()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# A Gibbons spigot: the loop that made this shape common.
def pi_digits(count):
    out = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(out) < count:
        if 4 * q + r - t < n * t:
            out.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return out

print("".join(map(str, pi_digits(300))))
