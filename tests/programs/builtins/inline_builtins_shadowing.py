# len, abs, min and max (adversarial): shadowed locally, globally and through parameters.
def use():
    return len([1, 2, 3]), abs(-4), min(3, 4), max(3, 4), len("ab"), len((1,))
print(use())
len = lambda x: "L"
abs = lambda x: "A"
min = lambda a, b: "MIN"
max = lambda a, b: "MAX"
print(use())
del len, abs
print(use())
del min
del max
print(use())
def loc():
    len = str
    abs = repr
    return len([1]), abs(-1)
print(loc())
def par(x, len=len, min=lambda *a: 0):
    return len(x), min(1, 2)
print(par("xyz"))
class C:
    len = staticmethod(lambda x: -1)
    r = len([1, 2])
    def m(self):
        return len([1, 2])
print(C.r, C().m())
def g():
    global len
    len = lambda x: 99
g()
print(use())
del len
print(use())
def cl():
    abs = lambda x: "closure"
    def inner():
        return abs(-5), len("q")
    return inner()
print(cl())
print([len(x) for x in ["a", "bb"]], [abs(x) for x in (-1, 2)])
def shadow_later():
    r = len([1])
    return r
print(shadow_later())
len = lambda x: "late"
print(shadow_later())
del len
def walrus():
    t = [(max := 5), max]
    return t
print(walrus(), max(1, 2))
