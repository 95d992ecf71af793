# Checks __closure__ is None or a tuple of cells in co_freevars order (sorted by name).
def outer():
    b = "bee"
    a = "ay"
    c = "sea"
    zz = "zed"
    def uses_all():
        return zz + c + a + b
    def uses_two():
        return c + a
    def uses_none():
        return "none"
    return uses_all, uses_two, uses_none

f_all, f_two, f_none = outer()
print(f_all.__code__.co_freevars, f_two.__code__.co_freevars, f_none.__code__.co_freevars)
print([c.cell_contents for c in f_all.__closure__])
print([c.cell_contents for c in f_two.__closure__])
print(f_none.__closure__, type(f_all.__closure__).__name__, len(f_all.__closure__))
print(outer.__code__.co_cellvars)

# Shared cells between sibling closures are the same objects.
print(f_all.__closure__[0] is f_two.__closure__[0], f_all.__closure__[2] is f_two.__closure__[1])

# Names differing by case sort with uppercase first (code point order).
def case_outer():
    beta = 2
    Alpha = 1
    _under = 0
    alpha = 3
    def g():
        return alpha + Alpha + beta + _under
    return g

g = case_outer()
print(g.__code__.co_freevars, [c.cell_contents for c in g.__closure__])

# A function that uses a global and a builtin captures nothing.
GLOBAL = 1
def only_globals():
    return GLOBAL + len("x")
print(only_globals.__closure__, only_globals.__code__.co_freevars)

# Pass-through variables appear in the middle function's freevars as well.
def a():
    x = 1
    y = 2
    def b():
        def c():
            return x + y
        return c
    return b

b = a()
print(b.__code__.co_freevars, b().__code__.co_freevars, b.__code__.co_cellvars)

# nonlocal names are free variables too; a parameter can be a cell.
def counter(start):
    def inc():
        nonlocal start
        start += 1
        return start
    return inc
inc = counter(5)
inc()
print(inc.__code__.co_freevars, inc.__closure__[0].cell_contents, counter.__code__.co_cellvars)

# The tuple is made once per function: reading it twice gives the same object, and the
# cells inside are the function's own, which the collector must keep alive.
print(f_all.__closure__ is f_all.__closure__, f_none.__closure__ is None)
cells = f_two.__closure__
cells[0].cell_contents = "changed"
print(f_two(), f_all())
