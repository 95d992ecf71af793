# `for` over lists and tuples, including lists that change while the loop runs: a list is
# read at the current index each time, as CPython's list iterator does.

items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x < 4:
        items.append(x + 3)
print(seen, items)

items = [0, 1, 2, 3, 4, 5]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)

items = [1, 2, 3, 4]
seen = []
for x in items:
    seen.append(x)
    items.clear()
print(seen, items)

items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    items = ["rebound"]
print(seen, items)

pairs = []
letters = ("a", "b")
for a in letters:
    for b in letters:
        pairs.append(a + b)
print(pairs)

for x in []:
    print("never")
else:
    print("empty list: else runs")

for x in (10, 20, 30):
    if x == 20:
        break
else:
    print("not printed")
print("broke at", x)

total = 0
for x in [5, 6, 7]:
    if x == 6:
        continue
    total += x
print(total)

# The only reference to the list is the loop itself, while the body allocates.
count = 0
for text in [str(i) * 3 for i in range(2000)]:
    count += len(text + "!")
print(count)

# Comprehension clauses beyond the first iterate the same way.
grid = [[1, 2], [3], []]
print([x * 10 for row in grid for x in row])
rows = [[1], [2]]
print([x for row in rows for x in row if x < 20 and not row.append(x + 10)], rows)


class Countdown:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(range(len(self.items), 0, -1))


print([x for x in Countdown("abc")])
for x in Countdown([7, 8]):
    print("countdown", x)


def pairs_of(sequence):
    out = []
    for i, x in enumerate(sequence):
        for y in sequence[i + 1:]:
            out.append((x, y))
    return out


print(pairs_of([1, 2, 3]), pairs_of((4, 5)))
