# functools.partial called many times through its short path (stored positional arguments
# only) and its long one (stored keywords, overriding keywords, many arguments), plus the
# errors a bad call raises.
from functools import partial


def add(a, b, c=0, *rest, scale=1, **extra):
    return (a + b + c + sum(rest)) * scale, sorted(extra.items())


inc = partial(add, 1)
total = 0
for i in range(5000):
    total += inc(i)[0]
print(total)
print(inc(2), inc(2, 3), inc(2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
scaled = partial(add, 1, 2, scale=10)
print(scaled(), scaled(3), scaled(3, scale=2), scaled(flag=True))
nested = partial(partial(add, 1), 2)
print(nested(3), nested.func is add, nested.args, nested.keywords)
empty = partial(add)
print(empty(4, 5))
try:
    inc()
except TypeError as e:
    print("TypeError", e)
try:
    partial(add, 1, 2, 3, 4, 5, 6, 7, 8)(9, 10, 11, b=1)
except TypeError as e:
    print("TypeError", e)
print(list(map(partial(pow, 2), range(5))), partial(max, key=abs)(-7, 3))
