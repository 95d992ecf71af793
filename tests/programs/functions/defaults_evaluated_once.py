# Checks that default values are evaluated once, at def time, in the defining scope.
calls = []
def make_default(tag):
    calls.append(tag)
    return tag * 2

def f(a, b=make_default("b"), c=make_default("c")):
    return a, b, c

print(calls)
print(f(1), f(1, 2), f(1, c=3))
print(calls)

# A default captures the value of a variable at def time, not later.
base = 10
def g(x=base):
    return x
base = 20
print(g(), g(5), base)

# Defaults in nested functions are evaluated each time the outer function runs.
def outer(n):
    def inner(k=n * 100):
        return k
    return inner

i1 = outer(1)
i2 = outer(2)
print(i1(), i2(), i1(7))

# Defaults can refer to earlier globals and to the enclosing function's locals.
def factory():
    items = []
    for j in range(3):
        def show(j=j, total=len(items)):
            return j, total
        items.append(show)
    return [s() for s in items]

print(factory())

# The defaults tuple is visible as __defaults__.
def h(a, b=1, c="two"):
    return a
print(h.__defaults__)
def no_defaults(a):
    return a
print(no_defaults.__defaults__)
print((lambda x=[], y=None: x).__defaults__)

# A default that is a function evaluated at def time.
def pick(chooser=max):
    return chooser(3, 9, 4)
print(pick(), pick(min))
