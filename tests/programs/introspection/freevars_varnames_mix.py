# Checks co_freevars sorting through pass-through scopes, co_varnames order, shared cells, cell writes, __qualname__ and __name__ assignment.
def outer():
    zeta, alpha, mid = 1, 2, 3
    def mid_fn():
        def inner():
            return zeta + alpha + mid
        return inner
    return mid_fn
mf = outer()
print(mf.__code__.co_freevars, mf().__code__.co_freevars)
print([c.cell_contents for c in mf.__closure__])
print(outer.__code__.co_cellvars if hasattr(outer.__code__, "co_cellvars") else "", outer.__code__.co_varnames)
def shared():
    x = 1
    def a():
        return x
    def b():
        nonlocal x
        x += 1
    return a, b
a, b = shared()
print(a.__closure__[0] is b.__closure__[0], a.__closure__ == b.__closure__)
b()
print(a.__closure__[0].cell_contents)
def params(p, q=1, *args, kw, **kws):
    loc = p
    def uses():
        return q, kw
    return uses
print(params.__code__.co_varnames, params.__code__.co_freevars, params(1, kw=2).__code__.co_freevars)
print(params.__name__, params.__qualname__, params(1, kw=0).__qualname__)
lam = lambda x, y=2: x
print(lam.__code__.co_varnames, lam.__name__, lam.__closure__)
class K:
    def method(self, a):
        b = a
        return lambda: (self, b)
print(K.method.__qualname__, K().method(1).__qualname__, K().method(1).__code__.co_freevars, K.method.__code__.co_varnames)
def comp():
    n = 5
    return [lambda: n + i for i in range(2)]
c0 = comp()[0]
print(c0.__code__.co_freevars, c0.__qualname__, sorted([c.cell_contents for c in c0.__closure__]))
def loop_cells():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
fs = loop_cells()
print(fs[0].__closure__[0] is fs[2].__closure__[0], fs[0].__closure__[0].cell_contents)
def set_cell():
    v = "orig"
    def g():
        return v
    g.__closure__[0].cell_contents = "changed"
    return v, g()
print(set_cell())
def del_cell():
    v = 1
    def g():
        return v
    del v
    try:
        return g.__closure__[0].cell_contents
    except ValueError as e:
        return str(e)
print(del_cell())
print(type(fs[0].__closure__).__name__, type(fs[0].__closure__[0]).__name__, type(fs[0].__code__).__name__)
print(repr(fs[0].__closure__[0])[:12], len(fs[0].__closure__))
def nf():
    pass
print(nf.__closure__, nf.__code__.co_freevars, nf.__code__.co_varnames)
print(nf.__module__)
nf.__name__ = "renamed"
print(nf.__name__, nf.__qualname__, repr(nf).split(" at ")[0])
nf.__qualname__ = "Q.renamed"
print(repr(nf).split(" at ")[0])
