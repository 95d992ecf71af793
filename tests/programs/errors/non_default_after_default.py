# Compile-time error: a parameter without a default after one with a default.
def outer():
    def inner(a, b=1, c):
        return a + b + c
    return inner

print("never printed")
