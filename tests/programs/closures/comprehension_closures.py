# Checks closures created inside list comprehensions: each comprehension has its own scope.
fs = [lambda: x for x in range(4)]
print([f() for f in fs])

gs = [lambda x=x: x for x in range(4)]
print([g() for g in gs])

# The comprehension variable does not leak into the enclosing scope.
x = "module x"
hs = [lambda: x for x in "abc"]
print(x)
print([h() for h in hs])

# A closure over an enclosing variable from inside a comprehension sees later changes.
def outer():
    base = 10
    adders = [lambda n: n + base for _ in range(3)]
    base = 1000
    return [a(1) for a in adders]

print(outer())

# Two comprehensions in one function get separate cells for the same name.
def two():
    first = [lambda: k for k in range(2)]
    second = [lambda: k for k in range(5, 8)]
    return [f() for f in first], [f() for f in second]

print(two())

# Nested comprehensions: the inner lambda sees the final values of both loops.
grid = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])

# Capturing per-iteration values with a factory inside a comprehension.
def const(v):
    return lambda: v

ks = [const(v * v) for v in range(5)]
print([k() for k in ks])

# The comprehension can read the enclosing function's locals and params.
def scaled(factor, items):
    return [factor * it for it in items]

print(scaled(3, [1, 2, 3]))

# Comprehension condition that calls a closure.
def evens_above(limit):
    ok = lambda n: n % 2 == 0 and n > limit
    return [n for n in range(10) if ok(n)]

print(evens_above(3))

# Comprehension variable shadows an enclosing variable only inside the comprehension.
def shadow():
    y = "outer y"
    vals = [y for y in range(3)]
    return y, vals

print(shadow())
