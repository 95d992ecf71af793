# Compile-time error: duplicate parameter names in a nested function.
def outer():
    def inner(a, b, a):
        return a + b
    return inner

print("never printed")
