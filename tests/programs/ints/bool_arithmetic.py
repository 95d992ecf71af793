# Checks that bool is an int subclass: arithmetic, comparisons, dict keys, printing.
print(True + True, True * 10, False - True, -True, True / 2, True // 1)
one = 1
print(True == 1, False == 0, True is one, one is not True, True is (one == 1))
print(isinstance(True, int), isinstance(1, bool), type(True).__name__, type(True + 0).__name__)
print(sum([True, True, False, True]), sum([1 > 0, 2 > 3, 5 > 1]))
print(str(True), repr(False), int(True), float(False), bool(0), bool(-1), bool(0.0), bool(""))
print(bool([]), bool([0]), bool({}), bool(None), bool("False"), bool(()), bool((0,)))

# True and 1 are the same dict key; the first key object is kept.
d = {1: "int one", True: "bool true"}
print(d, len(d))
d2 = {True: "t", 1.0: "float", 0: "zero", False: "f"}
print(d2)

# Comparisons and ordering.
print(True > False, False < 1, True < 2, max(True, 0), min(False, -1))
print(sorted([True, False, 2, -1, 0]))

# Using bools as indexes.
pair = ["no", "yes"]
print(pair[True], pair[False], "ab"[True])

# and/or/not with bools and ints.
print(True and 3, False or 0, not 0, not 5, 0 or False, [] or None)
count = 0
for flag in [True, False, True, True]:
    count += flag
print(count)
print(True + 0.5, abs(-True), True ** 2, 3 % True)
