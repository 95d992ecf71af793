# Indexing lists and tuples (read inline by compiled code) after every kind of change to
# the list, with negative indices, out-of-range errors and non-int indices.

items = [10, 20, 30]
print(items[0], items[-1], items[2], items[-3])
items.append(40)
items.insert(0, 5)
print(items[0], items[4], items[-1])
items.extend(range(100))
print(items[104], items[-100], len(items))
items.pop()
items.pop(0)
print(items[0], items[-1])
del items[1]
del items[-2:]
print(items[:3], items[-1])
items[0] = "first"
items[-1] = "last"
print(items[0], items[-1], items[1])
items[1:3] = ["a", "b", "c", "d"]
print(items[:6])
items.clear()
try:
    items[0]
except IndexError as e:
    print("IndexError:", e)
try:
    items[0] = 1
except IndexError as e:
    print("IndexError:", e)
items += [1, 2, 3]
items *= 2
print(items[5], items[-6], items[True], items[False])
items.sort()
items.reverse()
print(items[0], items[-1])

seen = []
nums = [3, 1, 2]


def key(x):
    seen.append(len(nums))
    return -x


nums.sort(key=key)
print(nums, seen)

t = (1, "two", 3.0)
print(t[0], t[1], t[-1], t[-3])
for bad in [3, -4, 2**70]:
    try:
        print(t[bad])
    except IndexError as e:
        print("IndexError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
for bad in ["0", 1.0, None]:
    try:
        print(items[bad])
    except TypeError as e:
        print("TypeError:", e)
try:
    items[2**70] = 1
except IndexError as e:
    print("IndexError:", e)

grid = [[0] * 4 for _ in range(3)]
for i in range(3):
    for j in range(4):
        grid[i][j] += i * 10 + j
print(grid, grid[-1][-1])
s = "hello"
print(s[1], s[-1], {"a": 1}["a"], range(10)[3])
alias = grid[0]
grid[0] = "replaced"
print(alias, grid[0])


class Huge:
    def __index__(self):
        return 2**65


class Two:
    def __index__(self):
        return 2


print(grid[Two()], (1, 2, 3)[Two()])
for target in [grid, (1, 2)]:
    try:
        target[Huge()]
    except IndexError as e:
        print("IndexError:", e)
