# Checks chained comparisons: semantics, single evaluation of middle operands, short-circuit.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 3 < 5, 0 <= 0 <= 0)
print(2 == 2.0 == True + 1, "a" < "b" < "c", [1] < [2] < [3])

calls = []
def v(x):
    calls.append(x)
    return x

print(v(1) < v(2) < v(3), calls)
calls = []
print(v(3) < v(2) < v(1), calls)
calls = []
print(v(1) < v(5) > v(4) == v(4), calls)

# The middle operand is evaluated once even when it has side effects.
counter = [0]
def mid():
    counter[0] += 1
    return 5
print(0 < mid() < 10, counter)

# Identity and membership chain too.
a = [1]
b = a
print(a is b is a, a is not None is not b, 1 in a in [a], 2 in a in [a])

# Chains mixing types raise only when reached.
print(1 > 2 < "x")
try:
    print(1 < 2 < "x")
except TypeError as e:
    print("TypeError:", e)

# Comparisons of equal-looking values.
print(0 == 0.0 == -0.0, (1, 2) == (1, 2) != (2, 1), None == None, None is None)
x = 5
print(1 < x <= 5, 1 < x < 5, not 1 < x < 5, (1 < x) < 5)
