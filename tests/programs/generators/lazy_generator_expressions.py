# Generator expressions are lazy: consumers stop early, errors appear at the element that raises.
calls = []

def check(x):
    calls.append(x)
    if x == 1:
        return "one"
    return x

try:
    print(sum(check(x) for x in range(4)))
except TypeError as e:
    print("TypeError:", e)
print(calls)

calls.clear()
print(any(check(x) == 2 for x in range(10)), calls)

def naturals():
    n = 0
    while True:
        yield n
        n += 1

evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))
squares = (n * n for n in naturals())
print([next(squares) for _ in range(5)])

# The first iterable is evaluated when the expression is created, the rest lazily.
def source(label, items):
    print("evaluating", label)
    return items

g = (a + b for a in source("outer", [1, 2]) for b in source("inner", [10, 20]))
print("created")
print(list(g))

# Closures in generator expressions capture the generator's own variable cells.
fns = list(lambda: i for i in range(3))
print([f() for f in fns])
print(list(zip((c for c in "abc"), (n for n in naturals()))))
