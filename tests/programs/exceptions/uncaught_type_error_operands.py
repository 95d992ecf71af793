# Checks that an uncaught unsupported-operand TypeError reports both operand type names.
def add_all(values):
    total = 0
    for v in values:
        total = total + v
        print("running total", total)
    return total

print(add_all([1, 2, 3]))
print(add_all([0.5, True, 2 ** 70]))

# Caught versions of a few operand errors.
pairs = [(1, "a"), ("a", 1), ([1], (1,)), (None, None), ({}, 1)]
for a, b in pairs:
    try:
        a + b
    except TypeError as e:
        print("caught:", e)
try:
    "a" - "b"
except TypeError as e:
    print("caught:", e)

print(add_all([1, 2.5, None]))
print("unreachable")
