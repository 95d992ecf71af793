# Checks enumerate, zip, map, filter, any, all and range, consumed by list() and for loops.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda v: v % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]))

# map and filter are lazy: functions run only when consumed.
calls = []
def note(v):
    calls.append(v)
    return v * 10
m = map(note, [1, 2, 3])
print(calls)
first = []
for v in m:
    first.append(v)
    break
print(first, calls)
print(list(m), calls)
print(list(m))

# zip stops at the shortest, enumerate pairs with indices.
names = ["ann", "bob", "cy"]
ages = [30, 40]
for i, (n, a) in enumerate(zip(names, ages)):
    print(i, n, a)

# any/all short-circuit when consuming a lazy map.
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(map(check, [1, 3, 5, 7])), seen)
seen = []
print(all(map(check, [3, 4, 1, 9])), seen)

# Building a dict from zip, and unzipping with zip(*pairs).
pairs = list(zip("abc", range(3)))
print(dict(pairs), list(zip(*pairs)))

# Reusing an exhausted iterator gives nothing.
z = zip([1, 2], [3, 4])
print(list(z), list(z))
print(type(range(3)).__name__, type(enumerate([])).__name__, type(zip()).__name__)
