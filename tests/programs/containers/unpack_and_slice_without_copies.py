# Unpacking and slicing read a list's or tuple's items in place: the results must be what
# CPython gives even when the list changes around them.


class Index:
    """A slice bound whose __index__ changes the list being sliced."""

    def __init__(self, target, value):
        self.target = target
        self.value = value

    def __index__(self):
        self.target.clear()
        self.target.extend(range(100, 103))
        return self.value


data = list(range(10))
print(data[Index(data, 1):])
data = list(range(10))
print(data[:Index(data, 8):2])
data = list(range(10))
print(data[::Index(data, -1)])

items = [1, 2, 3]
a, b, c = items
print(a, b, c)
a, *rest = items
print(a, rest, type(rest).__name__)
*init, last = (4, 5, 6, 7)
print(init, last)
first, *middle, final = items
print(first, middle, final)
x, *empty, y = [8, 9]
print(x, empty, y)
items[0], items[1] = items[1], items[0]
print(items)
# The list being unpacked is one of the targets.
lst = [lst_item for lst_item in "ab"]
lst, other = lst
print(lst, other)
pairs = [[1, 2], [3, 4]]
for p, q in pairs:
    p, q = q, p
    print(p, q)

for bad in ([1, 2], (1, 2, 3, 4), [], "ab", range(3), iter([1])):
    try:
        a, b, c = bad
    except ValueError as e:
        print("ValueError", e)
for bad in ([1], (1,), "x", iter([])):
    try:
        a, *b, c = bad
    except ValueError as e:
        print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)

# Slices of every step, on lists, tuples and strs.
seq = list(range(12))
for start in (None, -20, -3, 0, 4, 20):
    for stop in (None, -20, -2, 0, 7, 20):
        for step in (None, -3, -1, 1, 2):
            got = seq[start:stop:step]
            assert got == list(tuple(seq)[start:stop:step]), (start, stop, step)
            assert "".join(map(chr, map((65).__add__, got))) == "ABCDEFGHIJKL"[start:stop:step]
print("slices agree")
copy = seq[:]
copy[2:5] = copy[5:2:-1]
print(copy, seq[:3] is not seq)
copy[:] = copy
print(copy)
copy[::2] = copy[1::2]
print(copy)
try:
    copy[::3] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    print(seq[::0])
except ValueError as e:
    print("ValueError", e)
a, b, c, d = seq[::-4]
