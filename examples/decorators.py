# Decorators are closures: a function that takes a function and returns a new
# function that remembers (closes over) the original one.

def trace(fn):
    # `wrapper` refers to `fn`, a variable of trace, so it is a closure over it.
    def wrapper(*args):
        result = fn(*args)
        shown = ", ".join([repr(a) for a in args])
        print("  %s(%s) -> %r" % (fn.__name__, shown, result))
        return result
    return wrapper


# `@trace` above a def is shorthand for `square = trace(square)`.
@trace
def square(n):
    return n * n


# A decorator with arguments is one more level of closure: repeat(3) returns
# the decorator, which returns the wrapper, which sees both `times` and `fn`.
def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def greet(name):
    return "hi " + name


print("square(7):")
square(7)
print("greet('ann') =", greet("ann"))

# Stacked decorators apply from the bottom up: trace(repeat(2)(shout)).
# trace now wraps repeat's `wrapper`, so that is the name it prints.
@trace
@repeat(2)
def shout(word):
    return word + "!"

print("shout('hey'):")
shout("hey")
print("the wrapper's free variables:", greet.__code__.co_freevars)
