# Calling functions stored in instance attributes (`self.f(x)`) at one call site, while
# the attribute changes between functions of other arities, callables, methods and
# class attributes.


class Holder:
    def __init__(self, f):
        self.f = f

    def run(self, x):
        return self.f(x)

    def method(self, x):
        return ("method", x)


def double(x):
    return x * 2


def pair(x, y=10):
    return (x, y)


class Callable:
    def __call__(self, x):
        return ("called", x)


h = Holder(double)
results = [h.run(i) for i in range(3)]
h.f = lambda x: x + 100
results.append(h.run(1))
h.f = pair
results.append(h.run(2))
h.f = Callable()
results.append(h.run(3))
h.f = len
results.append(h.run("four"))
h.f = h.method
results.append(h.run(5))
del h.f
try:
    h.run(6)
except AttributeError as e:
    results.append(str(e))
Holder.f = lambda self, x: ("class attribute", x)
results.append(h.run(7))
h.f = double
results.append(h.run(8))
del Holder.f
results.append(h.run(9))
h.f = lambda *args: args
results.append(h.run(10))
h.f = lambda: "no arguments"
try:
    h.run(11)
except TypeError as e:
    results.append(str(e))
for item in results:
    print(item)


class Strategy:
    def __init__(self):
        self.steps = []

    def add(self, f):
        self.steps.append(f)
        self.last = f
        return self

    def apply(self, x):
        for step in self.steps:
            x = step(x)
        return self.last(x)


s = Strategy().add(double).add(lambda v: v - 1).add(abs)
print(s.apply(-5), s.apply(4))
