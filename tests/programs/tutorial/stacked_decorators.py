# Tutorial: stacked decorators apply bottom-up and run their wrappers top-down.
log = []

def mark(label):
    def decorator(fn):
        log.append("decorating with " + label)
        def wrapper(x):
            log.append("enter " + label)
            result = fn(x)
            log.append("exit " + label)
            return result
        return wrapper
    return decorator

@mark("outer")
@mark("middle")
@mark("inner")
def work(x):
    log.append("work %d" % x)
    return x * 2

print(log)
log = []
print(work(21))
print(log)

# Order matters when decorators transform the result.
def add_one(fn):
    def wrapper(x):
        return fn(x) + 1
    return wrapper

def double(fn):
    def wrapper(x):
        return fn(x) * 2
    return wrapper

@add_one
@double
def ident_a(x):
    return x

@double
@add_one
def ident_b(x):
    return x

print(ident_a(5), ident_b(5))

# Equivalent explicit form.
def ident(x):
    return x
print(add_one(double(ident))(5), double(add_one(ident))(5))

# Each layer is a closure whose cell holds the next layer.
layer = ident_a
depth = 0
while layer.__closure__ is not None:
    depth += 1
    print(depth, layer.__qualname__, layer.__code__.co_freevars)
    layer = layer.__closure__[0].cell_contents
print("innermost:", layer.__name__)
