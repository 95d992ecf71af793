# A for loop over a list reads the list's current length at every step; an exhausted
# iterator stays exhausted even if the list grows; tuples, strs, reversed lists and
# __getitem__ objects iterate through the same `next`.

items = [1, 2, 3]
for x in items:
    if x < 10:
        items.append(x * 10)
print(items)

shrinking = [1, 2, 3, 4, 5, 6]
seen = []
for x in shrinking:
    seen.append(x)
    if len(shrinking) > 3:
        shrinking.pop()
print(seen, shrinking)

cleared = [5, 6, 7]
for x in cleared:
    print("first and only", x)
    del cleared[:]

it = iter([1])
print(next(it), next(it, "done"))
exhausted = [1]
it = iter(exhausted)
print(list(it))
exhausted.append(2)
print(next(it, "still done"))

replaced = [1, 2, 3]
for x in replaced:
    replaced[-1] = x * 100
    print(x)

for x in (1, "two", 3.0, None):
    print(repr(x))

for ch in "naïve":
    print(ch, end="|")
print()

for x in reversed([1, 2, 3]):
    print(x, end=" ")
print()


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()))
for s in Squares():
    print(s, end=" ")
print()

nested = [[1, 2], [3], []]
total = 0
for inner in nested:
    for value in inner:
        total += value
print(total)

shared = iter([1, 2, 3, 4, 5])
for a in shared:
    b = next(shared, None)
    print(a, b)

outer = [1, 2]
for x in outer:
    for y in outer:
        if len(outer) < 5:
            outer.append(x + y)
print(outer)
