# Checks closures over exception names (cleared after except), while-loop late binding and closures read after finally.
def f():
    fs = []
    try:
        raise ValueError("v")
    except ValueError as err:
        fs.append(lambda: err)
        print(fs[0]())
    try:
        fs[0]()
    except NameError as e:
        print(type(e).__name__, e)
f()
def g():
    err = "before"
    def show():
        return err
    try:
        raise KeyError("k")
    except KeyError as err:
        print(repr(show()))
    try:
        show()
    except NameError as e:
        print(e)
g()
def w():
    fs = []
    i = 0
    while i < 3:
        fs.append(lambda: i)
        i += 1
    return [f() for f in fs]
print(w())
def fin():
    x = "a"
    def get():
        return x
    try:
        x = "b"
        return get
    finally:
        x = "c"
print(fin()())
def gen_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    [add(i) for i in range(5)]
    return total
print(gen_nonlocal())
def comp_nonlocal():
    v = 0
    fs = [lambda: v for _ in range(2)]
    v = 9
    return [f() for f in fs]
print(comp_nonlocal())
