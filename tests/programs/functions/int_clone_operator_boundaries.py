# Int clones (adversarial): every integer operator inside a loop, at the 2**62, 2**63 and
# 2**64 boundaries.
def mk(op):
    pass
def add(a, b):
    for _ in range(1):
        r = a + b
    return r
def mul(a, b):
    for _ in range(1):
        r = a * b
    return r
def sub(a, b):
    for _ in range(1):
        r = a - b
    return r
def fdiv(a, b):
    for _ in range(1):
        r = a // b
    return r
def mod(a, b):
    for _ in range(1):
        r = a % b
    return r
def shl(a, b):
    for _ in range(1):
        r = a << b
    return r
def shr(a, b):
    for _ in range(1):
        r = a >> b
    return r
def neg(a):
    for _ in range(1):
        r = -a
    return r
def inv(a):
    for _ in range(1):
        r = ~a
    return r
def pos(a):
    for _ in range(1):
        r = +a
    return r
def band(a, b):
    for _ in range(1):
        r = a & b
    return r
def bor(a, b):
    for _ in range(1):
        r = a | b
    return r
def bxor(a, b):
    for _ in range(1):
        r = a ^ b
    return r
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**31, 2**32, 2**62-1, 2**62, -2**62, -2**62-1, 2**63-1, -2**63, -2**63+1, 2**63, -2**63-1, 2**64, -2**64, 2**64-1, 3037000499, 3037000500, -3037000500, 4294967296, 4611686018427387904, -4611686018427387905]
for f in (add, mul, sub, fdiv, mod, band, bor, bxor):
    acc = []
    for a in vals:
        for b in vals:
            try:
                acc.append(f(a, b))
            except ZeroDivisionError as e:
                acc.append(str(e))
    print(f.__name__, acc)
for f in (neg, inv, pos):
    print(f.__name__, [f(a) for a in vals])
for a in vals[:12] + [2**63-1, -2**63, -2**62-1]:
    r = []
    for s in [0, 1, 2, 31, 32, 61, 62, 63, 64, 65, 127, 128, 1000, -1, -64]:
        try:
            r.append(shl(a, s))
        except ValueError as e:
            r.append(str(e))
        try:
            r.append(shr(a, s))
        except ValueError as e:
            r.append(str(e))
    print(a, r)
print(shr(-1, 2**70), shr(5, 2**70), shl(0, 2**70))
try:
    print(shl(1, -2**70))
except ValueError as e:
    print(e)
