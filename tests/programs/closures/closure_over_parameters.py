# Checks closures over parameters, including defaults and parameters rebound after capture.
def greeter(greeting, punctuation="!"):
    def greet(name):
        return greeting + ", " + name + punctuation
    return greet

hello = greeter("Hello")
hi = greeter("Hi", "?")
print(hello("Ann"), hi("Bob"))

def rebinding(x):
    get = lambda: x
    x = x * 2
    return get()

print(rebinding(21), rebinding("ab"))

def param_then_nonlocal(n):
    def bump():
        nonlocal n
        n += 1
        return n
    bump()
    bump()
    return n, bump()

print(param_then_nonlocal(10))

# A parameter that shadows an outer captured name.
def outer(v):
    def inner(v):
        return v * 3
    def uses_outer():
        return v * 3
    return inner(2), uses_outer()

print(outer(5))

# Parameters of a lambda capture from the enclosing function as usual.
def compose(f, g):
    return lambda *args: f(g(*args))

add_then_double = compose(lambda v: v * 2, lambda a, b: a + b)
print(add_then_double(3, 4))

# A mutable default captured by the closure persists across factory calls.
def make_logger(log=[]):
    def logit(msg):
        log.append(msg)
        return len(log)
    return logit

l1 = make_logger()
l2 = make_logger()
print(l1("a"), l2("b"), l1("c"))
l3 = make_logger([])
print(l3("own"), l2("d"))
print(make_logger.__defaults__[0])
