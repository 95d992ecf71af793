# A counter built from a closure.
#
# make_counter() returns the inner function `counter`. The variable `count`
# belongs to make_counter, but `counter` keeps using it after make_counter
# has returned: Python stores `count` in a *cell* shared by make_counter and
# every function that refers to it. Such a function is called a closure.

def make_counter(start=0):
    count = start

    def counter():
        # `nonlocal` says: `count` is not a new local of counter, it is the
        # variable of the enclosing function. Without it, `count += 1` would
        # make `count` local to counter and fail with UnboundLocalError.
        nonlocal count
        count += 1
        return count

    return counter


a = make_counter()
b = make_counter(100)

# Each call of make_counter creates a fresh cell, so a and b count separately.
print("a:", a(), a(), a())
print("b:", b(), b())
print("a again:", a())

# The captured variable is visible from outside through introspection.
print("a captures", a.__code__.co_freevars, "=", a.__closure__[0].cell_contents)
