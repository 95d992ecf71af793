# Arguments of generator functions are bound into the new generator's frame before the
# body runs: every way of passing them, and each binding error, raised at the call.


def plain(a, b):
    yield a * b


def defaults(a, b=2, *, c=3):
    yield a + b + c


def star(first, *rest, **options):
    yield first
    yield rest
    yield sorted(options.items())


def many(a, b, c, d, e, f, g, h, i, j, k, l, m, n):
    yield a + b + c + d + e + f + g + h + i + j + k + l + m + n
    yield from (a, n)


print(list(plain(2, 3)), list(plain(b=4, a=1)), list(plain(*[5, 6])))
print(list(defaults(1)), list(defaults(1, c=5)), list(defaults(1, 10, c=100)))
print(list(star(1)), list(star(1, 2, 3, x=4, y=5)))
print(list(many(*range(14))))

calls = [
    lambda: plain(1),
    lambda: plain(1, 2, 3),
    lambda: defaults(),
    lambda: plain(1, a=2),
    lambda: defaults(1, d=3),
    lambda: defaults(1, 2, 3),
    lambda: many(*range(13)),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

# The error comes at the call, before any of the body runs.
started = []


def noisy(a):
    started.append(a)
    yield a


try:
    noisy()
except TypeError as e:
    print(e, started)
gen = noisy(7)
print(started, next(gen), started)
plain(1, 2, 3)
