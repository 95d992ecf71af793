# Checks class-body comprehension scoping, class bodies inside functions, nonlocal/global in class bodies and consumed generator expressions.
class C:
    ys = [1, 2, 3]
    total = 6
    sq = [y * y for y in ys]
    pairs = [(a, b) for a in ys for b in range(a)]
    try:
        bad = [y for y in ys if y in ys]
    except NameError as e:
        bad = str(e)
    try:
        bad2 = [y + z for y in ys]
    except NameError as e:
        bad2 = str(e)
    z = 5
    d = {k: k for k in ys}
    lam = lambda self: self.z
    fns = [lambda: y for y in ys]
def wrap():
    pass
print( C.sq, C.pairs, C.bad, C.bad2, C.d, C().lam(), [f() for f in C.fns])
def outer():
    n = 3
    class K:
        vals = [n * i for i in range(n)]
        m = n
        def f(self):
            return n
    n = 4
    return K.vals, K.m, K().f()
print(outer())
def outer2():
    x = "func"
    class K:
        x = "class"
        y = x
        def f(self):
            return x
        g = [x for _ in range(1)]
    return K.y, K().f(), K.g
print(outer2())
def outer3():
    class K:
        nonlocal_val = 1
    return K
print(outer3().nonlocal_val)
x = "module"
def outer4():
    class K:
        print(x)
        x = "class"
        print(x)
    return K.x
print(outer4())
def outer5():
    x = "enclosing"
    class K:
        print(x)
        x = "class"
        print(x)
    return K.x
print(outer5())
def outer6():
    y = 1
    class K:
        nonlocal y
        y = 2
    return y
print(outer6())
class G:
    global gv
    gv = "set from class"
print(gv)
def gens():
    print(sum(i * j for i in range(3) for j in range(i)), max(len(s) for s in ["a", "bcd"]), sorted((v for v in [3, 1]), reverse=True))
    print(" ".join(str(i) for i in range(3)), dict((k, k * 2) for k in "ab"), set(c for c in "aab") == {"a", "b"}, tuple(x for x in [1] if x), list(x for x in []))
    print(min((abs(v), v) for v in [-3, 2, -1]), list(y for x in [[1, 2], [3]] for y in x))
gens()
def gen_late():
    items = [1, 2]
    k = 10
    r = sum(i * k for i in items)
    return r
print(gen_late())
