# Checks if/elif/else chains, truthiness of every value kind, pass, and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

print([classify(v) for v in [-5, 0, 3, 42, 1000, 10 ** 30]])

for v in [0, 1, -1, 0.0, 0.5, "", "0", [], [0], {}, {"": 0}, (), (None,), None, True, False]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

def maybe(x):
    if x:
        pass
    else:
        return "else"
    return "fell through"

print(maybe(1), maybe(0))

# Conditional expressions nest right to left and evaluate only one branch.
def side(tag, value):
    print("eval", tag)
    return value

r = side("a", 1) if side("cond", False) else side("b", 2)
print(r)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10]])

# Nested ifs with and/or.
def check(a, b):
    if a and b:
        return "both"
    if a or b:
        if a:
            return "only a"
        return "only b"
    return "neither"

print(check(1, 1), check(1, 0), check(0, 1), check(0, 0))

# An if statement at module level with a global assignment in one branch.
flag = len("abc") > 2
if flag:
    chosen = "yes"
else:
    chosen = "no"
print(chosen)
