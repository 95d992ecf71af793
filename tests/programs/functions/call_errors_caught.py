# Checks CPython's exact TypeError messages for bad calls, caught and printed.
def zero():
    return 0
def one(a):
    return a
def two(a, b):
    return a
def three(a, b, c):
    return a
def opt(a, b=1):
    return a

def outer():
    def inner(x):
        return x
    return inner

class Thing:
    def __init__(self, v):
        self.v = v
    def method(self):
        return self.v

number = 5
nothing = None
text = "text"

attempts = [
    lambda: zero(1),
    lambda: one(),
    lambda: one(1, 2),
    lambda: two(),
    lambda: two(1),
    lambda: three(),
    lambda: three(1, 2, 3, 4),
    lambda: opt(),
    lambda: opt(1, 2, 3),
    lambda: outer()(),
    lambda: outer()(1, 2),
    lambda: (lambda q: q)(),
    lambda: (lambda: 0)(5),
    lambda: Thing(),
    lambda: Thing(1, 2),
    lambda: Thing(1).method(2),
    lambda: one(b=2),
    lambda: one(1, a=1),
    lambda: number(),
    lambda: nothing(),
    lambda: text(1),
    lambda: [one][0](1, 2),
]

for i, attempt in enumerate(attempts):
    try:
        attempt()
        print(i, "no error")
    except TypeError as e:
        print(i, e)
