# Positional-only parameters, duplicate keywords through **, and NameError inside functions.
def h(a, /, b):
    return a, b
print(h(1, 2), h(1, b=3), h.__code__.co_posonlyargcount)
try:
    h(a=1, b=2)
except TypeError as e:
    print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
def m(b):
    return b
try:
    m(b=1, **{"b": 2})
except TypeError as e:
    print(e)
try:
    m(**{"b": 1}, b=2)
except TypeError as e:
    print(e)
print(m(**{"b": 5}))
def k(**kw):
    return sorted(kw.items())
print(k(x=1, **{"y": 2}, z=3))
def f():
    count = 1
    return coutn
try:
    f()
except NameError as e:
    print(e)
