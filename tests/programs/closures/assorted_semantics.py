# Assorted closure semantics: deleted cells, shared cells, cell_contents writes, late binding, globals from nested code.
import sys
def outer():
    x = 1
    def inner():
        return x
    del x
    try:
        return inner()
    except NameError as e:
        return str(e)
print(outer())

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__closure__[0].cell_contents)
inc.__closure__[0].cell_contents = 100
print(get())

def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
adders = make_adders()
print([adders[k](10) for k in adders])

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

def g():
    global created
    created = "yes"
g()
print(created)

class Acc:
    total = 0
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        Acc.total += x
        return self
a = Acc().add(1).add(2)
print(a.items, Acc.total, type(a).__name__, isinstance(a, Acc))

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
funcs = []
for i in range(3):
    def f(i=i):
        return i * i
    funcs.append(f)
print([f() for f in funcs], funcs[0].__defaults__, funcs[0].__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), "%s and %r" % ([1, "x"], "y"))
print("%5.2f|%-4d|%x" % (3.14159, 42, 255), f"{3.14159:.3f} {42:>5} {'s':*^7}")
try:
    raise ValueError
except Exception as e:
    print(type(e).__name__, repr(e), e.args)
def gen_closure():
    vals = []
    for i in range(3):
        vals.append(lambda: i)
    i = 10
    return [v() for v in vals]
print(gen_closure())
x = 5
def shadow():
    print(x)
    x = 3
try:
    shadow()
except UnboundLocalError as e:
    print(e)
print(sys.argv[0].endswith("a1.py") or True, len(sys.argv))
