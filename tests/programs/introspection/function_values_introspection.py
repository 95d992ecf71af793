# Checks address-independent views of function, lambda, cell and method objects.
def outer():
    count = 0
    def inner():
        return count
    return inner

f = outer()
r = repr(f)
print(r.startswith("<function outer.<locals>.inner at 0x"), r.endswith(">"), str(f) == r)
print(repr(lambda: 1).startswith("<function <lambda> at 0x"))
print(repr(outer).startswith("<function outer at 0x"))
cell = f.__closure__[0]
print(repr(cell).startswith("<cell at 0x"), ": int object at 0x" in repr(cell))
cell.cell_contents = "text"
print(": str object at 0x" in repr(cell))

class Box:
    def get(self):
        return 1

b = Box()
print(repr(b.get).startswith("<bound method Box.get of <__main__.Box object at 0x"))
print(repr(Box.get).startswith("<function Box.get at 0x"))
print(type(b.get).__name__, type(Box.get).__name__, type(f.__code__).__name__)

# Function identity is stable; every call of outer makes a new function object.
g = outer()
print(f is f, f is g, f == g, f.__code__ is g.__code__, f.__closure__[0] is g.__closure__[0])

# Functions are usable as dict keys (by identity).
registry = {f: "first", g: "second"}
print(registry[f], registry[g], len(registry))

# Callable checks and names for a mixture of function-like values.
things = [f, outer, lambda: 0, b.get, Box, len, Box.get]
print([callable(t) for t in things])
print([t.__name__ for t in things])
