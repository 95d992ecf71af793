# Unboxed float locals: type changes mid-loop, exceptions mid-chain, captured, across yields, deleted
import math
def chain(n):
    x = 0.5
    for i in range(n):
        x = x * 1.5 + i
        if i == 3:
            x = int(x)
        if i == 5:
            x = 10 ** 25
        if i == 7:
            x = True
    return x
print(chain(3), chain(4), chain(6), chain(8), chain(9))
def mid_err(vals):
    total = 0.0
    for v in vals:
        try:
            total = total + 1.0 / v * 2.0 - v
        except ZeroDivisionError:
            print("zde at", v, total)
        except TypeError as e:
            print("TypeError:", e, total)
    return total
print(mid_err([1.0, 2, 0, 0.0, 4, "x", True, False, 10 ** 20]))
def captured():
    acc = 0.0
    def add(v):
        nonlocal acc
        acc += v
        return acc
    for i in range(5):
        acc = acc * 2.0 + add(0.25)
    return acc
print(captured())
def gen():
    x = 1.0
    y = 2
    while x < 100:
        x = x * 3.0 + y
        y = yield x
        if y is None:
            y = 0.5
print(list(gen()))
g = gen()
print(next(g), g.send(10), g.send(-0.5), g.send(10 ** 3))
def deleted():
    f = 2.5
    f = f * f
    del f
    try:
        return f + 1.0
    except UnboundLocalError as e:
        return str(e)
print(deleted())
def overflow():
    x = 1.5
    for i in range(2000):
        try:
            x = x ** 2
        except OverflowError as e:
            return i, x, str(e)
    return x
print(overflow())
def infs():
    x = 1e300
    y = x * 1e10
    z = y - y
    return y, z, z == z, math.isnan(z), -y, y > 1e308, int(x) > 0
print(infs())
try:
    print(int(math.inf))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(math.nan))
except ValueError as e:
    print("ValueError:", e)
def mixed(a, b, c):
    return (a + b) * c - a / c + b ** 2 - (a // c) % 3.5
for args in [(1, 2, 3), (1.5, 2, 3), (True, False, 2.5), (10 ** 20, 0.5, 3), (-7, 2.0, -2)]:
    print(args, mixed(*args))
def neg_zero():
    x = -0.0
    y = 0.0 * -1
    return x, y, x + 0.0, -x, abs(x), math.copysign(1, x), x == 0, str(x * 5)
print(neg_zero())
def accum_list():
    L = [0.0] * 4
    for i in range(20):
        L[i % 4] += i / 4
        L[-1] -= 0.125
    return L
print(accum_list())
def roundings():
    vals = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16 + 1, 123.456]
    return [round(v) for v in vals], [round(v, 1) for v in vals], [math.floor(v) + math.ceil(v) for v in vals]
print(roundings())
def floordiv_signs():
    out = []
    for a in (7, -7, 7.0, -7.0, 0.0, -0.0):
        for b in (2, -2, 2.0, -2.0, math.inf, -math.inf):
            out.append((a // b, a % b))
    return out
print(floordiv_signs())
def float_int_cmp_loop():
    x = 0.0
    n = 0
    while x != 1.0:
        x += 0.1
        n += 1
        if n > 20: break
    return n, x
print(float_int_cmp_loop())
def pow_int():
    return [2 ** -2, (-2) ** -3, 0 ** 0, (-1) ** 10 ** 20, 2 ** 0.5 ** 2, (-2.0) ** 3, (-2.0) ** -2, 10 ** -400 if False else 10.0 ** -400, pow(2, 3, 5), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(4, 0.5)]
print(pow_int())
try:
    pow(2, -1, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(1e16 + 1 - 1e16, 0.1 * 3, 1 / 3, 2 / 3, 1e22, 1e-7, 123456789012345678.0, 1.0e15, 1.0e16)
