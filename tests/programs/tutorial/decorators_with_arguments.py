# Tutorial: decorators with arguments are factories that return the actual decorator.
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(fn(*args))
            return results
        return wrapper
    return decorator

@repeat(3)
def greet(name):
    return "hi " + name

print(greet("ann"))
print(greet.__qualname__, greet.__code__.co_freevars)

# The same thing without @: repeat(2) returns a decorator, which is then applied.
def shout(s):
    return s + "!"
twice_shout = repeat(2)(shout)
print(twice_shout("hey"))

# A decorator factory with keyword arguments and defaults.
def tag(name, klass=None):
    def decorator(fn):
        def wrapper(*args):
            inner = fn(*args)
            if klass is None:
                return "<%s>%s</%s>" % (name, inner, name)
            return '<%s class="%s">%s</%s>' % (name, klass, inner, name)
        return wrapper
    return decorator

@tag("p")
def para(text):
    return text

@tag("span", klass="warn")
def warn(text):
    return type(text).__name__ + ":" + text

print(para("plain"))
print(warn("careful"))

# Validation decorator: the argument is captured in the closure of the wrapper.
def at_most(limit):
    def decorator(fn):
        def wrapper(n):
            if n > limit:
                raise ValueError("%s(%d) exceeds %d" % (fn.__name__, n, limit))
            return fn(n)
        return wrapper
    return decorator

@at_most(10)
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

print(factorial(5), factorial(10))
try:
    factorial(11)
except ValueError as e:
    print("ValueError:", e)
print(factorial.__closure__[1].cell_contents, factorial.__code__.co_freevars)
