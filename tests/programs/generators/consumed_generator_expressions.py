# A generator expression handed straight to sum, any, all, list, set, tuple, frozenset,
# sorted, min or max behaves as the generator would: laziness where the consumer stops
# early, the first iterable evaluated at once, StopIteration turned into RuntimeError, and
# a rebound or shadowed builtin getting a real generator.
log = []


def noted(value):
    log.append(value)
    return value


print(sum(x * x for x in range(10)), sum(x for x in []), sum(0.5 for _ in range(3)))
print(sum(x > 2 for x in range(6)), type(sum(x > 2 for x in range(6))).__name__)
print(any(noted(x) > 2 for x in range(10)), log)
log.clear()
print(all(noted(x) < 3 for x in range(10)), log)
log.clear()
print(any(x for x in []), all(x for x in []))
print(list(x + y for x in "ab" for y in "xy" if y != "x"))
print(set(x % 3 for x in range(10)), frozenset(x % 2 for x in range(5)))
print(tuple(c.upper() for c in "hey"), sorted(-x for x in range(4)))
print(min(len(w) for w in "a bbb cc".split()), max(w for w in ["pear", "fig"]))
print(sum(sum(x for x in range(row)) for row in range(5)))
print([sum(1 for _ in range(n)) for n in range(4)])


def pairs(n):
    return sum(a * b for a in range(n) for b in range(a, n) if (a + b) % 2)


print(pairs(20))
# Variables of the enclosing function are read when the elements are made.
def scaled_total(values, factor):
    return sum(v * factor for v in values)


print(scaled_total([1, 2, 3], 10))
# The first iterable is evaluated before the consumer runs, the rest as the loop goes.
try:
    sum(x for x in noted(5))
except TypeError as e:
    print("TypeError", e)
try:
    sum(x for x in None)
except TypeError as e:
    print("TypeError", e)
try:
    sum(x for x in range(3) for y in 7)
except TypeError as e:
    print("TypeError", e)
try:
    min(x for x in [])
except ValueError as e:
    print("ValueError", e)
try:
    sum(str(x) for x in range(3))
except TypeError as e:
    print("TypeError", e)
try:
    sorted(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
# StopIteration inside the expression becomes RuntimeError, as it leaves a generator.
empty = iter([])
try:
    print(sum(next(empty) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
try:
    print(list(next(empty) for _ in range(3)))
except RuntimeError as e:
    print("RuntimeError", e)
# ... but not in a list comprehension.
try:
    print([next(empty) for _ in range(3)])
except StopIteration:
    print("StopIteration from a list comprehension")


def with_local_sum(values):
    sum = lambda g: "local sum got " + type(g).__name__
    return sum(v for v in values)


print(with_local_sum([1, 2]))


def consumer_from_argument(any):
    return any(v for v in [0, 0])


print(consumer_from_argument(lambda g: list(g)))
print(all(x for x in [1, 1]), "then rebinding the global:")
all = lambda g: "global all got " + type(g).__name__
print(all(x for x in [1, 1]))
del all
print(all(x for x in [1, 0]))
print(sum(x for x in range(4)), sum((x for x in range(4)), 10))
print(sum(1 / x for x in [1, 0]))
