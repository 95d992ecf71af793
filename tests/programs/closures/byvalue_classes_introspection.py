# Capture by value through class bodies (passthrough, super, __class__), mixed cell and
# value free variables read through __closure__[i].cell_contents, and co_freevars/co_cellvars.
y = "global-y"
def f(x, y):
    class C:
        try:
            x = x
        except NameError as e:
            err = str(e)
        y = y
        z = [x for _ in range(1)]
        def m(self):
            return x, y
    return C
C = f(1, 2)
print(C.err, C.y, C.z, C().m())

def g(a):
    class K:
        b = a * 2
        c = [a + i for i in range(2)]
        d = (lambda: a)()
        def meth(self):
            return a, __class__.__name__
    return K
K = g(10)
print(K.b, K.c, K.d, K().meth())

def mixed(p, q):
    r = p + q
    q2 = q
    cnt = 0
    def bump():
        nonlocal cnt
        cnt += 1
        return cnt
    def show():
        return p, q2, r, cnt
    return bump, show
b, s = mixed(1, 2)
b(); b()
print(s(), s.__code__.co_freevars, [s.__closure__[i].cell_contents for i in range(4)])
b()
print(s.__closure__[0].cell_contents, s.__closure__[1].cell_contents)

def shadow(v):
    fs = [lambda: v]
    for v in range(2):
        fs.append(lambda: v)
    return [f() for f in fs]
print(shadow(9))

def via_default(a):
    k = a + 1
    def h(x=lambda: k, y=k):
        return x() + y
    return h
print(via_default(1)())

def deep(a):
    b = a + 1
    def l1():
        c = b + 1
        def l2():
            d = c + a
            def l3():
                return a, b, c, d
            return l3
        return l2
    return l1
print(deep(1)()()())

def genf(n):
    base = n * 10
    def inner():
        for i in range(3):
            yield base + i + n
    return inner
print(list(genf(2)()), list(genf(3)()))

def lazy(n):
    g = (n * i for i in range(3))
    return g
print(list(lazy(4)))

def comp_keys(data):
    key = len(data)
    return {k: (lambda: key + k)() for k in range(3)}, sorted(data, key=lambda s: (len(s) - key, s))
print(comp_keys(["bb", "a", "ccc"]))
def outer2(a, b):
    c = a * b
    def mid():
        def inner():
            return a + c
        return inner
    class K:
        def m(self):
            return b, __class__
    return mid, K
mid, K = outer2(2, 3)
inner = mid()
print(outer2.__code__.co_cellvars, outer2.__code__.co_varnames)
print(mid.__code__.co_freevars, mid.__code__.co_cellvars, inner.__code__.co_freevars)
print(K.m.__code__.co_freevars, inner(), K().m()[0])
print(mid.__closure__[0].cell_contents, mid.__closure__[1].cell_contents)
print(inner.__closure__[1].cell_contents, K.m.__closure__[1].cell_contents)
print(K.m.__closure__[0].cell_contents is K)
