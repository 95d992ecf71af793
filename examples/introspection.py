# Looking inside closures. A function object knows its name, its qualified
# name (where it was defined), the names of the variables it captured, and
# the cells that hold them.

def outer(greeting):
    punctuation = "!"

    def inner(name):
        return greeting + ", " + name + punctuation

    return inner


f = outer("Hello")
print(f("world"))
print("__name__:     ", f.__name__)
print("__qualname__: ", f.__qualname__)             # outer.<locals>.inner
print("co_varnames:  ", f.__code__.co_varnames)     # its own locals and params
print("co_freevars:  ", f.__code__.co_freevars)     # captured names, sorted

# __closure__ is a tuple of cells in co_freevars order.
for name, cell in zip(f.__code__.co_freevars, f.__closure__):
    print("  cell", name, "=", repr(cell.cell_contents))

# Cells can be written, which changes what the closure sees.
f.__closure__[0].cell_contents = "Goodbye"
print(f("world"))

# A function that captures nothing has no closure at all.
def plain():
    return 42
print("plain.__closure__:", plain.__closure__)

# A cell whose variable is not assigned yet is empty.
def early():
    def peek():
        return later
    try:
        peek.__closure__[0].cell_contents
    except ValueError as e:
        print("empty cell:", e)
    later = "assigned"
    return peek()

print(early())
