"""Slicing ranges: the result is a range whose items are the sliced items, for every sign
of the steps, bounds past either end, and values at and beyond the machine word."""

# Every slice of a few small ranges gives the items of the same slice of their list.
ranges = [range(10), range(3, 20, 4), range(10, -5, -3), range(0), range(-7, 7), range(5, 5)]
bounds = [None, -100, -11, -3, -1, 0, 1, 2, 5, 9, 10, 100]
steps = [None, 1, 2, 3, -1, -2, -4, 7, -100]
mismatches = 0
count = 0
for r in ranges:
    items = list(r)
    for start in bounds:
        for stop in bounds:
            for step in steps:
                sliced = r[start:stop:step]
                count += 1
                if not isinstance(sliced, range) or list(sliced) != items[start:stop:step]:
                    mismatches += 1
print(count, "slices,", mismatches, "mismatches")

print(range(10)[2:8], range(10)[::-1], range(10)[8:2:-2], range(3, 20, 4)[1:], range(10)[5:2])
print(range(100)[::10][::-1][1:3], range(10)[::-1][::-1] == range(10))
print(len(range(1000)[::7]), range(0, 1000, 7)[::7][3], range(50)[slice(10, None)][0])

# Bounds at the edges of the machine word: the slice's own bounds overflow it.
big = 2**63
edge = [
    range(-big, big - 1),
    range(big - 10, big - 1),
    range(-big, -big + 10),
    range(0, big - 1, 3),
    range(big - 1, -big, -1),
    range(2**62, 2**63 - 1, 2**61),
]
for r in edge:
    print(r[::2**62], r[1:][:3], r[::-1][:2], r[-3:], r[::-(2**62)][:2])
for r in edge[1:3] + edge[5:]:
    print(list(r[::3]), list(r[::-4]))

# Ranges beyond the machine word.
huge = range(-(10**30), 10**30, 10**28)
print(huge[::50], huge[10:20:3], huge[::-1][:2], len(huge[::7]), huge[5:][3])
print(range(10**20, 10**20 + 10)[2:5], list(range(10**20, 10**20 + 10)[::-3]))

# Slices whose bounds are not ints use __index__, and bad ones raise as CPython does.


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(range(20)[Index(2):Index(15):Index(4)])
for bad in [slice("a", None), slice(None, 2.0), slice(None, None, 0)]:
    try:
        print(range(10)[bad])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(-big, big)[::2]
except OverflowError as e:
    print("OverflowError:", e)
print(range(-big, big)[0], range(-big, big)[-1])

# Indices beyond the machine word on a range that fits one, and __index__ called once each.
print(range(0, 2**63 - 1)[10**30:], range(2**62)[-(10**30):5], range(2**62)[5:10**25:2**61])
calls = []


class Noisy(Index):
    def __index__(self):
        calls.append(self.n)
        return self.n


print(range(0, 2**62, 2**61)[Noisy(-1):Noisy(0):Noisy(3)], range(0, 2**62, 2**61)[::Noisy(2**62)], calls)
