# Checks late binding after loops, closures over except names, sibling cells, nonlocal through four levels, nested comprehension lambdas.
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 100
    return fs
print([f() for f in make()])

def exc_closure():
    try:
        raise ValueError("boom")
    except ValueError as e:
        g = lambda: e
    try:
        return g()
    except NameError as ne:
        return "NameError: " + str(ne)
print(exc_closure())

def siblings():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return inc, get
inc, get = siblings()
inc(); inc()
print(get())

def lvl1():
    a = 1
    def lvl2():
        def lvl3():
            def lvl4():
                nonlocal a
                a += 10
                return a
            return lvl4
        return lvl3
    r = lvl2()()()
    return a, r
print(lvl1())

def rec():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(rec()(30))

def nested_comp():
    return [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested_comp()])

def lam():
    return lambda x: lambda y: lambda z: x + y + z
print(lam()(1)(2)(3))

def defaults():
    fs = [lambda i=i: i * 2 for i in range(4)]
    return [f() for f in fs]
print(defaults())

def after_del():
    x = 5
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
after_del()

counter = 0
def outer_g():
    def inner():
        global counter
        counter += 1
    inner(); inner()
outer_g()
print(counter)
