# Checks __call__ objects used where functions are expected: map, sorted key, callbacks.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value):
        self.calls += 1
        return value * self.factor

triple = Multiplier(3)
print(triple(4), triple("ab"), triple.calls)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(callable(triple), callable(Multiplier), callable(triple.factor))

class Closest:
    def __init__(self, target):
        self.target = target

    def __call__(self, v):
        return abs(v - self.target)

print(sorted([10, 3, 7, 15, 6], key=Closest(8)))

# Calling with keywords and defaults through __call__.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def __call__(self, name, punct="!"):
        return self.greeting + " " + name + punct

g = Greeter("hello")
print(g("ann"), g(name="bob"), g("cy", punct="?"))

# An object holding a list of callbacks, mixing functions, lambdas and objects.
class Dispatcher:
    def __init__(self):
        self.handlers = []

    def register(self, h):
        self.handlers.append(h)
        return h

    def __call__(self, event):
        return [h(event) for h in self.handlers]

d = Dispatcher()
d.register(lambda e: "lambda got " + e)
d.register(Greeter("event"))
def named(e):
    return len(e)
d.register(named)
print(d("click"))

try:
    triple()
except TypeError as e:
    print("TypeError:", e)

# Instances without __call__ are not callable.
class Plain:
    def __init__(self):
        self.v = 1

try:
    Plain()()
except TypeError as e:
    print("TypeError:", e)
