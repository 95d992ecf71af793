# Checks for loops over range (all forms), list, tuple, dict, str, enumerate and zip.
print([i for i in range(5)], [i for i in range(2, 6)], [i for i in range(0, 10, 3)])
print([i for i in range(10, 0, -3)], [i for i in range(5, 5)], [i for i in range(5, 0)])
print([i for i in range(-3, 3)], [i for i in range(3, -3, -2)], len(range(0, 100, 7)))
r = range(1, 10, 2)
print(r, r[0], r[-1], len(r), 5 in r, 4 in r, list(r[1:3]))

for x in [1, "two", (3,)]:
    print("list item", x)
for x in ("a", "b"):
    print("tuple item", x)
for key in {"k1": 1, "k2": 2}:
    print("dict key", key)
for ch in "héy":
    print("char", ch)
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", 1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)

# Nested loops over a range computed from the outer variable.
tri = []
for i in range(1, 5):
    row = []
    for j in range(i):
        row.append(j + 1)
    tri.append(row)
print(tri)

# Appending to a list while iterating over it extends the iteration.
grow = [1, 2, 3]
for v in grow:
    if v < 6:
        grow.append(v + 3)
print(grow)

# The range is computed once; rebinding its bound in the body does not matter.
n = 3
for i in range(n):
    n = 100
print(i, n)

# Iterating over big ranges without building a list.
total = 0
for i in range(1, 100001):
    total += i
print(total)
for i in range(2 ** 64, 2 ** 64 + 3):
    print(i)

try:
    for x in 5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
