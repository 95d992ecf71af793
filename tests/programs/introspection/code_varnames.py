# Checks f.__code__.co_varnames ordering (parameters first), co_freevars and co_cellvars.
def f(a, b, *args, c=1, **kw):
    z = 1
    y = 2
    for q in range(2):
        pass
    def inner():
        return a + y
    x = [w for w in range(2)]
    return inner

code = f.__code__
print(code.co_varnames)
print(code.co_cellvars, code.co_freevars)
print(f(1, 2).__code__.co_varnames, f(1, 2).__code__.co_freevars)

def no_locals():
    return 1
print(no_locals.__code__.co_varnames, no_locals.__code__.co_freevars)

def params_only(x, y=2):
    return x + y
print(params_only.__code__.co_varnames)

lam = lambda p, q=1: p * q
print(lam.__code__.co_varnames)

# Local names appear in order of first use; except-as and del'd names are locals too.
def order():
    second = 2
    first = 1
    try:
        pass
    except Exception as err:
        pass
    temp = 0
    del temp
    return first + second
print(order.__code__.co_varnames)

# A captured parameter is both a varname and a cellvar; a captured local is only a cellvar.
def capture(p, unused):
    local_cell = 5
    plain = 6
    return lambda: p + local_cell
print(capture.__code__.co_varnames, capture.__code__.co_cellvars)
print(capture(1, 2).__code__.co_freevars, capture(1, 2).__code__.co_varnames)

# A method's code includes self.
class K:
    def method(self, n):
        doubled = n * 2
        return doubled
print(K.method.__code__.co_varnames, K().method.__code__.co_varnames)

# A nonlocal name is free in the inner function and a cell in the outer one.
def outer():
    n = 0
    def bump(step):
        nonlocal n
        n += step
        return n
    return bump
print(outer.__code__.co_cellvars, outer().__code__.co_freevars, outer().__code__.co_varnames)
