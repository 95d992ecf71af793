# divmod() of machine ints: every sign combination, the edges of the tagged range (whose
# quotient may leave it), bools, zero divisors, and a digit loop.
edge = 2**61
for x in (0, 1, -1, 7, -7, 100, -100, edge - 1, -edge, -edge - 1, edge):
    for y in (1, -1, 3, -3, 10, -10, edge - 1, -edge):
        q, r = divmod(x, y)
        assert (q, r) == (x // y, x % y)
        print(x, y, q, r, type(q).__name__, type(r).__name__)
print(divmod(True, 2), divmod(7, True), divmod(-7, False) if False else divmod(-(2**61), -1))
for x, y in ((1, 0), (0, 0), (-5, False), (2**61, 0)):
    try:
        divmod(x, y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
total = 0
for n in range(1, 5000):
    while n:
        n, d = divmod(n, 10)
        total += d
print(total)
