# Set displays: constant displays are folded by CPython (their own order), others are built item by item.
print({10, 100, 1000, 5, 17, 33})
a, b = 7, 70
print({a, b, 700, 7000})
print({(1, 2), (3, 4), (5, 6)} == {(5, 6), (3, 4), (1, 2)})
print(sorted({"x", "y", "z"}))
print({1, 2})
print(len({1, 1.0, True, 2}))
