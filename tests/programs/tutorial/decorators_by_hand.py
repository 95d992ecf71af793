# Tutorial: decorators are functions that take a function and return a closure wrapping it.
def trace(fn):
    def wrapper(*args):
        print("-> %s%r" % (fn.__name__, args))
        result = fn(*args)
        print("<- %s returned %r" % (fn.__name__, result))
        return result
    return wrapper

def add(a, b):
    return a + b

traced_add = trace(add)
print(traced_add(2, 3))

# The @ syntax is the same as rebinding the name to decorator(function).
@trace
def mul(a, b):
    return a * b

print(mul(4, 5))
print(mul.__name__, mul.__qualname__, mul.__code__.co_freevars)
print(mul.__closure__[0].cell_contents.__name__)

# A decorator that counts calls, keeping the count in the closure.
def counted(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        return fn(*args, **kwargs)
    return wrapper

# The count is only reachable through the wrapper's cells: freevars are ('calls', 'fn').
def calls_of(wrapper):
    return wrapper.__closure__[0].cell_contents

@counted
def square(x):
    return x * x

print([square(i) for i in range(5)], calls_of(square), square.__code__.co_freevars)

# Decorating a recursive function: recursive calls go through the decorated name.
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(10), calls_of(fib))

# A decorator that only registers the function and returns it unchanged.
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def first():
    return 1

@register
def second():
    return 2

print(registry, first(), second(), first.__qualname__)
