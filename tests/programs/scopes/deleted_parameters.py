# Parameters deleted with del and then read (UnboundLocalError), also in closures and loops
def f(a, b=2, *args, k=3, **kw):
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    del b, args, k, kw
    for name in range(1):
        try:
            return b
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
    return "end"
print(f(1))
def g(x):
    if x > 0:
        del x
    return x
print(g(-1))
try:
    g(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def h(x):
    del x
    x = 5
    return x
print(h(0))
def loop(n):
    out = []
    for i in range(n):
        out.append(n)
        del n
        n = i
    return out
print(loop(3))
def cl(p):
    def inner(): return p
    del p
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(cl(1))
def twice(q):
    del q
    try:
        del q
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
twice(0)
def many(a, b, c, d, e, f, g, h):
    del d
    try:
        return a + b + c + d
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return e + f + g + h
print(many(*range(8)))
def aug(v):
    del v
    try:
        v += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
aug(1)
def gen(a, b):
    yield a
    del a
    yield b
    yield a
it = gen(1, 2)
print(next(it), next(it))
try:
    next(it)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def uncaught(z):
    del z
    return z * 2
print(uncaught(3))
