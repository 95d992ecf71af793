# Checks name resolution order local -> enclosing -> global -> builtins, with shadowed builtins.
print(len("abc"))

def local_shadow():
    len = lambda s: "local len of " + s
    return len("abc")

print(local_shadow(), len("abc"))

def enclosing_shadow():
    max = lambda *a: "enclosing max"
    def inner():
        return max(1, 2)
    return inner()

print(enclosing_shadow(), max(1, 2))

# A global shadow affects every function that does not have its own binding.
def uses_abs(v):
    return abs(v)

print(uses_abs(-3))
abs = lambda v: "global abs"
print(uses_abs(-3))
del abs
print(uses_abs(-3))

# Shadowing print itself, then restoring it with del.
saved = []
def print(*args):
    saved.append(args)

print("hidden", 1)
print("hidden", 2)
del print
print("saved calls:", saved)

# A parameter named like a builtin.
def describe(str, list=None):
    return [str, list]

print(describe("p", "q"), str(5), list("ab"))

# Builtins remain reachable from deeply nested closures.
def a():
    def b():
        def c():
            return sorted([3, 1, 2]), min(4, 2), sum([1, 2, 3])
        return c
    return b()()

print(a())

# Shadowing True-ish names is impossible, but shadowing 'type' and 'id' is allowed.
def shadows():
    type = "not a type"
    id = 7
    return type, id

print(shadows(), type(1).__name__)
