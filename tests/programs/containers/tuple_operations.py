# Checks tuples: literals, singletons, indexing, slicing, comparison, unpacking, immutability.
t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], type(t).__name__)
print((), (5,), (5), ((1, 2), (3,)), tuple([1, 2]), tuple("ab"))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (0,))
print((1, 2) == (1, 2), (1, [2]) == (1, [2]), 3.0 in t, "two" in t, 9 in t)

# Unpacking.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)

# Swap and rotate through tuple assignment, evaluated right side first.
m, n, o = 1, 2, 3
m, n, o = o, m, n
print(m, n, o)
lst = [10, 20]
i = 0
i, lst[i] = 1, 99
print(i, lst)

try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)

# Tuples as dict keys and a tuple holding a mutable list.
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid[0, 0], (0, 0) in grid)
holder = ([],)
holder[0].append("inside")
print(holder)
