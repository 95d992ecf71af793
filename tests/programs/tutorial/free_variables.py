# Tutorial: free variables are looked up in the enclosing scope when the closure runs.
def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(10), triple(10), double("ab"))
print(double.__code__.co_freevars, double.__closure__[0].cell_contents)

# The enclosing function has returned, yet the variable lives on in the cell.
del make_multiplier
print(triple(7))

# Variables are captured, not values: a later change is visible.
def make_reader():
    data = "first"
    def read():
        return data
    data = "second"
    return read

print(make_reader()())

# A free variable versus a global of the same name.
factor = "global factor"
def uses_global():
    return factor
def shadows():
    factor = "enclosing factor"
    def inner():
        return factor
    return inner
print(uses_global(), shadows()())

# Only names actually used become free variables.
def outer():
    used = 1
    unused = 2
    def inner():
        return used
    return inner
print(outer().__code__.co_freevars, outer.__code__.co_cellvars)

# A free variable can hold any object, including another function.
def wrap(fn):
    def call_twice(x):
        return fn(fn(x))
    return call_twice
print(wrap(double)(5), wrap(wrap(double))(1), wrap(len).__code__.co_freevars)
