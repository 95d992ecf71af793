# Checks that sibling closures share the very same cell objects, and separate calls do not.
def make():
    shared = 0
    def get():
        return shared
    def put(v):
        nonlocal shared
        shared = v
    return get, put

g1, p1 = make()
g2, p2 = make()
print(g1.__closure__[0] is p1.__closure__[0])
print(g1.__closure__[0] is g2.__closure__[0])
p1(11)
p2(22)
print(g1(), g2())

# Writing through cell_contents is visible to every closure on that cell.
p1.__closure__[0].cell_contents = "written"
print(g1(), g2())

# Closures over several variables: cells come in sorted-name order.
def multi():
    zeta = "z"
    alpha = "a"
    mid = "m"
    def f():
        return zeta + alpha + mid
    return f

f = multi()
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
print(len(f.__closure__), type(f.__closure__).__name__, type(f.__closure__[0]).__name__)

# A function that captures nothing has no closure.
def plain():
    return 1
print(plain.__closure__)
print((lambda: 0).__closure__)

# Pass-through: the middle function holds the same cell as the inner one.
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner
    return middle

mid = outer()
inner = mid()
print(mid.__code__.co_freevars, inner.__code__.co_freevars)
print(mid.__closure__[0] is inner.__closure__[0])
mid.__closure__[0].cell_contents = "via middle"
print(inner())
