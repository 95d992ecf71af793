# Int clones (adversarial): probing the recursion limit with ackermann and functions of six
# and seven parameters.
import sys
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
def tri(n):
    if n <= 0:
        return 0
    if n % 10 == 0:
        return tri(n - 1) + 1 + 0 * tri(n - 2)
    return tri(n - 1) + 1
for lim in (40, 41, 42, 43, 77, 100):
    sys.setrecursionlimit(lim)
    res = []
    for n in range(0, 120, 1):
        try:
            res.append(tri(n))
        except RecursionError:
            res.append(-1)
            break
    res2 = []
    for n in range(0, 60):
        try:
            res2.append(ack(2, n))
        except RecursionError:
            res2.append(-1)
            break
    print(lim, len(res), res[-3:], len(res2), res2[-3:])
def six(a, b, c, d, e, f):
    if a <= 0:
        return b + c + d + e + f
    return six(a - 1, f, b, c, d, e * 2)
def seven(a, b, c, d, e, f, g):
    if a <= 0:
        return b + c + d + e + f + g
    return seven(a - 1, g, b, c, d, e, f * 2)
sys.setrecursionlimit(1000)
print(six(30, 1, 2, 3, 4, 5), six(70, 1, 2, 3, 4, 5), seven(30, 1, 2, 3, 4, 5, 6), seven(80, 1, 2, 3, 4, 5, 6))
