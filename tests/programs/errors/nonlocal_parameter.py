# Compile-time error: a parameter of a nested function declared nonlocal.
def outer():
    x = 0
    def inner(x):
        nonlocal x
        x += 1
        return x
    return inner

print(outer()(1))
