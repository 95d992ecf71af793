# Functions of every parameter count, called directly, through the runtime (map, sorted,
# keywords, defaults, *args) and as generators: small counts pass arguments in registers,
# larger ones in an array, and both must bind the same way.


def p0():
    return "p0"


def p1(a):
    return a


def p5(a, b, c, d, e):
    return [a, b, c, d, e]


def p6(a, b, c, d, e, f):
    return a + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000


def p7(a, b, c, d, e, f, g):
    return (a, b, c, d, e, f, g)


def p9(a, b, c, d, e, f, g, h, i=9):
    return a + b + c + d + e + f + g + h + i


def mixed(a, b=2, *rest, k=3, **kw):
    return (a, b, rest, k, sorted(kw.items()))


print(p0(), p1("one"), p5(1, 2, 3, 4, 5))
print(p6(1, 2, 3, 4, 5, 6), p6(f=1, e=2, d=3, c=4, b=5, a=6))
print(p7(1, 2, 3, 4, 5, 6, 7), p7(*range(7)))
print(p9(1, 1, 1, 1, 1, 1, 1, 1), p9(1, 1, 1, 1, 1, 1, 1, 1, 100))
print(list(map(p6, [1, 2], [3, 4], [5, 6], [7, 8], [9, 0], [1, 2])))
print(list(map(p7, "ab", "cd", "ef", "gh", "ij", "kl", "mn")))
print(mixed(1), mixed(1, 5, 6, 7, k=8, z=9, y=10))

six = lambda a, b, c, d, e, f: a * b * c * d * e * f
seven = lambda a, b, c, d, e, f, g: six(a, b, c, d, e, f) * g
print(six(1, 2, 3, 4, 5, 6), seven(1, 2, 3, 4, 5, 6, 7))
print(sorted([3, 1, 2], key=lambda x: -x))


def gen6(a, b, c, d, e, f):
    for x in (a, b, c, d, e, f):
        yield x * 2


def gen8(a, b, c, d, e, f, g, h):
    yield from (a, b, c, d, e, f, g, h)


print(list(gen6(1, 2, 3, 4, 5, 6)), sum(gen8(*range(8))))


def outer(a, b, c, d, e, f, g):
    def inner(x, y, z, u, v, w):
        return a + b + c + d + e + f + g + x + y + z + u + v + w

    return inner


print(outer(1, 2, 3, 4, 5, 6, 7)(1, 2, 3, 4, 5, 6))


class Box:
    def __init__(self, a, b, c, d, e, f):
        self.total = a + b + c + d + e + f

    def add(self, a, b, c, d, e, f, g):
        return self.total + a + b + c + d + e + f + g


box = Box(1, 2, 3, 4, 5, 6)
print(box.total, box.add(1, 1, 1, 1, 1, 1, 1), Box.add(box, 0, 0, 0, 0, 0, 0, 0))

for args in [(1,), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        p6(*args)
    except TypeError as e:
        print(e)
try:
    p9(1, 2)
except TypeError as e:
    print(e)

rebound = p6
p6 = p1
print(p6(42), rebound(0, 0, 0, 0, 0, 1))
