# Checks nonlocal from methods of local classes, del then rebind of captured names, default args capturing lambdas, nonlocal four levels deep.
def f1():
    count = 0
    class Counter:
        def inc(self):
            nonlocal count
            count += 1
            return count
    c = Counter()
    c.inc(); c.inc()
    return count
print(f1())
def f2():
    x = 1
    def g():
        return x
    del x
    x = 2
    return g()
print(f2())
def f3():
    fs = []
    for i in range(3):
        def mk(j=i, k=lambda: i):
            return j, k()
        fs.append(mk)
    return [f() for f in fs]
print(f3())
def f4():
    val = "outer"
    def a():
        val = "a-local"
        def b():
            nonlocal val
            val = "b-set"
        b()
        return val
    r = a()
    return r, val
print(f4())
def f5():
    x = 0
    def a():
        def b():
            def c():
                nonlocal x
                x += 1
                return x
            return c
        return b
    c = a()()
    c(); c()
    x += 10
    return c(), x
print(f5())
def f6():
    funcs = {}
    for name in ["add", "mul"]:
        if name == "add":
            funcs[name] = lambda a, b: a + b
        else:
            funcs[name] = lambda a, b: a * b
    return funcs["add"](2, 3), funcs["mul"](2, 3)
print(f6())
