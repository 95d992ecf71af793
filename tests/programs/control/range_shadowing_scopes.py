# for loops over range (adversarial): range shadowed in every kind of scope.
def myrange(*a):
    return ["fake"] + list(__builtins__.range(*a)) if False else ["fake", a]
def f(n):
    out = []
    for i in range(n):
        out.append(i)
    return out
print(f(3))
def setr():
    global range
    range = myrange
setr()
print(f(3))
del range
print(f(3))
def loc(n):
    range = lambda x: [x, x]
    return [i for i in range(n)], [i for i in (lambda: range(n))()]
print(loc(4))
def param(n, range=lambda a, b=None: "ab"):
    return [i for i in range(n)]
print(param(3))
class K:
    range = lambda *a: ["k"]
    vals = [i for i in range(3)]
    for j in range(2):
        pass
print(K.vals, K.j)
def gen(n):
    for i in range(n):
        yield i
g = gen(3)
print(next(g))
range = lambda n: [100, 200]
print(list(g), f(5), [x for x in range(3)])
def clone(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(clone(5))
del range
print(clone(5))
def later(n):
    t = 0
    for i in range(n):
        t += i
    return t
print(later(3))
exec_like = None
range = 5
try:
    later(3)
except TypeError as e:
    print("TE", e)
del range
print(later(4))
