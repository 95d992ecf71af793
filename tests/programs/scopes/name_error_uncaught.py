# Checks that reading an undefined global from a nested function ends with NameError (exit 1).
def outer():
    def inner():
        return undefined_global_thing * 2
    return inner

f = outer()
print("before")
print(f.__code__.co_freevars, f.__qualname__)
f()
print("after")
