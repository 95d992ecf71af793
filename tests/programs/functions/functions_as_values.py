# Checks functions as first-class values: passed, returned, stored, compared with `is`.
def square(x):
    return x * x

def cube(x):
    return x * x * x

def apply_all(funcs, value):
    return [f(value) for f in funcs]

print(apply_all([square, cube, abs, str], -3))

def pick(name):
    table = {"square": square, "cube": cube}
    return table.get(name, lambda x: "unknown " + name)

print(pick("cube")(2), pick("nothing")(2))
print(pick("square") is square, pick("square") == square, pick("x") is pick("x"))

f = square
del square
print(f(9), f.__name__)
try:
    square(2)
except NameError as e:
    print(e)

# Returning functions from functions, and calling the result directly.
def chooser(flag):
    def yes():
        return "yes"
    def no():
        return "no"
    return yes if flag else no

print(chooser(True)(), chooser(False)(), chooser(1).__name__, chooser(0).__qualname__)

# Functions compared by identity only; equal code is not equal functions.
a = lambda: 1
b = lambda: 1
print(a == b, a is a, a != b)

# Higher-order helpers written by hand.
def my_map(f, xs):
    out = []
    for x in xs:
        out.append(f(x))
    return out

def my_filter(p, xs):
    return [x for x in xs if p(x)]

def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc

print(my_map(cube, range(5)))
print(my_filter(lambda v: v % 3 == 0, range(20)))
print(my_reduce(lambda a, b: a * b, range(1, 21), 1))
print(my_reduce(lambda a, b: b + a, "abcde", ""))

# callable() and type names of function-like values.
print(callable(f), callable(3), callable(print), callable(lambda: 0))
print(type(f).__name__, type(print).__name__, type(lambda: 0).__name__)
