# Float arithmetic whose result turns complex (a negative base to a fractional power) in
# the middle of float-only code, then an uncaught complex error ends the program.
def roots(n):
    out = []
    x = -8.0
    for k in range(n):
        y = x ** (1.0 / 3.0)
        out.append(y)
        x = x * 2.0 - 1.5
    return out


for r in roots(6):
    print(r)


def mixed(a, b):
    t = a - b
    u = t ** 0.5
    return u * 2.0 + 1.0


print(mixed(4.0, 1.0), mixed(1.0, 4.0), mixed(-1.0, 0.0))
s = 0.0
for i in range(5):
    s = s + (i - 2.5) ** 1.5
print(s)
acc = 1.0
for i in range(1, 8):
    acc = acc * (-1.0) ** (1 / i)
print(acc)
print((1 + 2j) / (3 - 4j))
print((1 + 2j) / 0j)
