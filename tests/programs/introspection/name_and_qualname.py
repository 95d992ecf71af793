# Checks __name__ and __qualname__ of functions, nested functions, lambdas, methods, comprehensions.
def top():
    def inner():
        def innermost():
            return 1
        return innermost
    return inner

print(top.__name__, top.__qualname__)
print(top().__name__, top().__qualname__)
print(top()().__name__, top()().__qualname__)

lam = lambda: 0
print(lam.__name__, lam.__qualname__)

def makes_lambda():
    return lambda x: x

print(makes_lambda().__name__, makes_lambda().__qualname__)

class Shape:
    def area(self):
        return 0

    def factory(self):
        def built():
            return "built"
        return built

    helper = lambda self: 1

print(Shape.area.__name__, Shape.area.__qualname__)
print(Shape().area.__name__, Shape().area.__qualname__)
print(Shape().factory().__qualname__, Shape.helper.__qualname__)
print(Shape.__name__, Shape.__qualname__)

# Lambdas created inside comprehensions carry <listcomp> in their qualname.
fs = [lambda: i for i in range(2)]
print(fs[0].__qualname__)
def in_func():
    return [lambda: k for k in range(1)][0]
print(in_func().__qualname__)

# Lambda inside lambda, function inside lambda-made closure.
nested_lam = (lambda: (lambda: 0))()
print(nested_lam.__qualname__)

# Redefining and rebinding names does not change __name__.
def original():
    return "o"
alias = original
def original():
    return "new"
print(alias.__name__, alias(), original(), alias is original)

# Builtins have names too.
print(len.__name__, print.__name__, sorted.__name__)

# Decorated functions keep the wrapper's name unless copied by hand.
def deco(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@deco
def decorated():
    return 1

print(decorated.__name__, decorated.__qualname__)
