# Checks list literals, indexing, assignment, append, len, in, iteration, slicing and aliasing.
xs = [3, 1, 4, 1, 5]
print(xs, len(xs), xs[0], xs[-1], xs[1:3], xs[::-1], xs[::2])
xs[0] = 30
xs[-1] = "five"
xs.append([9, 2])
print(xs, len(xs), 4 in xs, 2 in xs, [9, 2] in xs, "five" not in xs)

total = 0
for v in [10, 20, 30]:
    total += v
print(total)

# Aliasing versus copying with a slice.
a = [1, 2, 3]
b = a
c = a[:]
a.append(4)
print(a, b, c, a is b, a is c, a == b, a == c)

# The [[0] * n] * m pitfall: every row is the same list.
grid = [[0] * 3] * 2
grid[0][1] = 5
print(grid, grid[0] is grid[1])
fresh = [[0] * 3 for _ in range(2)]
fresh[0][1] = 5
print(fresh)

# Concatenation, repetition, comparison.
print([1, 2] + [3], [0] * 4, [] * 5, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([1, [2, 3]] == [1, [2, 3]], [] == [], [None] != [None])
nums = []
for i in range(5):
    nums.append(i * i)
nums += [100]
print(nums, sum(nums), max(nums), min(nums))

try:
    nums[10]
except IndexError as e:
    print("IndexError:", e)
try:
    nums[-10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    nums["0"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)

# A list that contains itself.
me = [0]
me.append(me)
print(me, me[1] is me, me[1][1][1][0])

# Nested lists index chains and mutation through aliases.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
row = matrix[1]
row[1] = 50
print(matrix, matrix[2][-1], [r[0] for r in matrix], matrix[::2][1][::2])
