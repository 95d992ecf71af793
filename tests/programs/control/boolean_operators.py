# Checks and/or/not returning operands, short-circuit evaluation and operator precedence.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0)
print([] and "never", "x" and "y" and "z", 0 or "" or None, not [], not "a", not not 3)
print(1 and 0 or 5, 1 or 0 and 5, not 1 or 2, not (1 or 2))

calls = []
def t(v):
    calls.append(v)
    return v

print(t(0) and t(1), calls)
calls = []
print(t(1) or t(2), calls)
calls = []
print(t(1) and t(0) and t(5), calls)
calls = []
print(t("") or t(0) or t("last"), calls)

# Default values through or, and guards through and.
def greet(name=None):
    name = name or "stranger"
    return "hi " + name
print(greet(), greet("ann"), greet(""))

items = []
print(items and items[0], len(items) > 0 and items[0])
items = [42]
print(items and items[0])

# Precedence: not binds looser than comparisons, and binds tighter than or.
print(not 1 == 2, (not 1) == 2, 1 < 2 and 3 < 4 or 0, True or False and False)
print(0 or 1 and 2, (0 or 1) and 2)

# Operands keep their types.
r = 0.0 or 5
print(r, type(r).__name__, type(0 and 1.5).__name__, type(1 and 1.5).__name__)
