# Int clones (adversarial): intermediates near the i64 limits through //, %, negation and
# shifts.
def ops(a, b, m):
    r = 0
    for _ in range(1):
        x = a * m
        y = b * m
        r = (x + y, x - y, x * y, x // y if y else "zd", x % y if y else "zd", x & y, x | y, x ^ y, -x, ~x, x >> 63, x >> 64, x >> 1000, x << 0, x << 1, x < y, x == y)
    return r
def ops2(a, b, m):
    t = 0
    for _ in range(1):
        x = a * m
        y = b * m
        t = x // y
    return t
def ops3(a, b, m):
    t = 0
    for _ in range(1):
        x = a * m
        y = b * m
        t = x % y
    return t
def negx(a, m):
    for _ in range(1):
        x = a * m
        t = -x
    return t
def absl(a, m):
    for _ in range(1):
        x = a * m
        t = x if x >= 0 else -x
    return t
def shl(a, m, s):
    for _ in range(1):
        x = a * m
        t = x << s
    return t
def shr(a, m, s):
    for _ in range(1):
        x = a * m
        t = x >> s
    return t
H = 2**62
for a, b, m in [(-H, -1, 2), (-H, 1, 2), (-H, -H, 2), (H - 1, -1, 2), (-1, -H, 2), (1, -H, 2), (-H, 3, 2), (-H, -3, 2), (-H, 7, 2), (H - 1, 2, 2), (-H, H - 1, 1), (-H, -1, 1), (3, -1, 1)]:
    try:
        print(ops(a, b, m))
    except ZeroDivisionError as e:
        print("ZD", e)
    print(ops2(a, b, m), ops3(a, b, m), negx(a, m), absl(a, m), negx(b, m))
for s in [0, 1, 2, 62, 63, 64, 65]:
    print(s, shl(-H, 2, s), shl(H - 1, 2, s), shl(1, 1, s), shl(-1, 1, s), shr(-H, 2, s), shr(H - 1, 2, s), shr(-1, 1, s))
def mulov(a, b):
    for _ in range(1):
        t = a * b
    return t
print(mulov(3037000499, 3037000499), mulov(3037000500, 3037000500), mulov(-3037000500, 3037000500), mulov(-3037000499, -3037000499), mulov(2**31, 2**32), mulov(-2**31, 2**32), mulov(2**32, 2**32), mulov(-1, -H), mulov(-2, -H), mulov(2, -H), mulov(H - 1, 3))
def addov(a, b, c, d):
    for _ in range(1):
        t = a + b + c + d
        u = a - b - c - d
    return t, u
print(addov(H - 1, H - 1, H - 1, 1), addov(-H, -H, -H, -H), addov(-H, -H, -H, -1), addov(H - 1, H - 1, 1, 0), addov(-H, H - 1, -H, H - 1))
