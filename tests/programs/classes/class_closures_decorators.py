# Checks lambdas over self, classes built in factories, class-body comprehensions, stacked decorators with arguments and stored bound __call__.
class A:
    x = 10
    ys = [x for _ in range(1)] if False else None
    def m(self):
        return lambda: self.v
    def __init__(self, v):
        self.v = v
a = A(3)
f = a.m()
a.v = 7
print(f())

def factory(n):
    class C:
        k = n
        def get(self):
            return n * 2
    return C
C1 = factory(4)
print(C1().get(), C1.k)

x = "global"
class B:
    x = "class"
    def m(self):
        return x
    l = [x for _ in range(2)]
print(B().m(), B.l)

class D:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(D.doubled)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>" + str(fn(*a, **k)) + f"</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap

@deco("b")
@deco("i")
def hello(name, punct="!"):
    return "hi " + name + punct
print(hello("bob"), hello("al", punct="?"), hello.__name__)

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1):
        self.n += step
        return self.n
c = Counter()
m = c.__call__
m(); m(5)
print(c.n, c())
bm = c.__call__
print(bm.__self__ is c)
