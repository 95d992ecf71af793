# Iterating a set display of constants follows CPython's frozenset constant order; the display itself the set order.
for x in {-1, -2, 3, 40, 500}:
    print(x, end=" ")
print()
print([x for x in {-1, -2, 3, 40, 500}], {-1, -2, 3, 40, 500})
print(3 in {1, 2, 3}, [y for y in {"a"} ])
