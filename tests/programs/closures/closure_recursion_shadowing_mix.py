# Checks recursive closure chains, mutually recursive lambdas, defaults bound at def time, shadowing in inner scopes and closures in comprehensions.
def f7(n):
    if n == 0:
        return lambda: "base"
    inner = f7(n - 1)
    return lambda: f"{n}:" + inner()
print(f7(3)())
def f8():
    is_even = lambda n: n == 0 or is_odd(n - 1)
    is_odd = lambda n: n != 0 and is_even(n - 1)
    return is_even(10), is_odd(7), is_even(7)
print(f8())
def f9():
    acc = []
    def add(x, acc=acc):
        acc.append(x)
        return acc
    add(1)
    acc = ["new"]
    return add(2), acc
print(f9())
def f10():
    x = 1
    def g():
        x = 2
        def h():
            return x
        return h
    return g()(), x
print(f10())
def f11():
    try:
        raise ValueError("e1")
    except ValueError as e:
        def show():
            return str(e)
        captured = show()
    try:
        show()
    except NameError as ne:
        return captured, str(ne)
print(f11())
def f12():
    fns = [(lambda x: lambda: x)(i) for i in range(3)]
    fns2 = [[lambda: (i, j) for j in range(2)][-1] for i in range(2)]
    return [f() for f in fns], [f() for f in fns2]
print(f12())
def f13():
    y = 5
    def g(y=y * 2):
        return y
    return g(), g(1)
print(f13())
g_val = "global"
def f14():
    def inner():
        return g_val
    r1 = inner()
    global g_val
    g_val = "changed"
    return r1, inner()
