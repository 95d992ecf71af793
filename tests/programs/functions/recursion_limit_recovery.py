# Recursion limit: setrecursionlimit, RecursionError caught and recovery
import sys
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(100))
try:
    down(10000)
except RecursionError as e:
    print("RecursionError:", e)
print(down(150))
def inf(a, b, c, d, e, f, g, h):
    return inf(b, c, d, e, f, g, h, a)
try:
    inf(*range(8))
except RecursionError as e:
    print("RE2", type(e).__name__)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RE3")
sys.setrecursionlimit(1000)
print(down(900))
def gen(a, b, c, d, e, f, g, h, *rest, **kw):
    yield a + b
    yield c * d
    yield e - f
    yield (g, h, rest, sorted(kw))
    for x in rest:
        yield x
print(list(gen(1, 2, 3, 4, 5, 6, 7, 8)))
print(list(gen(*range(12), z=1, y=2)))
g = gen(1, 2, 3, 4, 5, 6, 7, h=9)
print(next(g), next(g), list(g))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(60)
def mutual_a(n): return mutual_b(n + 1)
def mutual_b(n): return mutual_a(n + 1)
caught = 0
for i in range(3):
    try:
        mutual_a(0)
    except RecursionError:
        caught += 1
print(caught, down(40))
