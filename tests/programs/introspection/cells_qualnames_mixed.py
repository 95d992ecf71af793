# Checks __closure__ cell order and identity, cell_contents writes, empty cells and __qualname__ of nested functions and lambdas.
def set_via_closure():
    x = 1
    def setx(val):
        nonlocal x
        x = val
    def getx():
        return x
    setx(5)
    a = getx()
    x = 7
    return a, getx()
print(set_via_closure())
def closure_cells():
    a = 1
    b = 2
    def f():
        return b, a
    return f
fn = closure_cells()
print(fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])
fn.__closure__[0].cell_contents = 100
print(fn())
def empty_cell():
    def f():
        return z
    c = f.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    z = 1
    return c.cell_contents
print(empty_cell())
print((lambda: 0).__closure__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def q():
    def inner():
        return lambda: 0
    return inner
print(q().__qualname__, q()().__qualname__, q.__name__)
class Cls:
    def m(self):
        def inn():
            pass
        return inn
print(Cls().m().__qualname__, Cls.m.__qualname__)
print([lambda: 0 for _ in range(1)][0].__qualname__)
def fco(a, b=2, *c, d, **e):
    x = 1
    return x
print(fco.__code__.co_varnames, fco.__code__.co_argcount if hasattr(fco.__code__, "co_argcount") else "")
