# Checks which statements bind names locally: assignment, aug-assign, for, except-as, def, del.
v = "global"

def reads_only():
    return v

def assigns_after():
    w = v
    return w

def has_local_def():
    def v():
        return "local function v"
    return v()

def has_except_as():
    try:
        raise KeyError("k")
    except KeyError as v:
        return "caught " + str(v)

def after_except_as():
    try:
        raise KeyError("k")
    except KeyError as v:
        pass
    return v

print(reads_only(), assigns_after(), has_local_def(), has_except_as())
try:
    after_except_as()
except UnboundLocalError as e:
    print("after except-as:", e)
print(v)

# Locals of different functions are independent even when the names match.
def f():
    n = 1
    return n

def g():
    n = 2
    return n + f()

print(f(), g())

# A module-level loop variable is a global and remains after the loop.
for leftover in range(3):
    pass
print(leftover)

def uses_leftover():
    return leftover * 10

print(uses_leftover())

# Nested function with its own local of the same name as the enclosing one.
def outer():
    n = "outer"
    def inner():
        n = "inner"
        return n
    return inner(), n

print(outer())

# Conditional assignment: whether the name is bound depends on the path taken.
def maybe(flag):
    if flag:
        result = "bound"
    return result

print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("maybe(False):", e)
