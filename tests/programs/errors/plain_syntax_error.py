# Compile-time error: a plain syntax error (two expressions with no operator between them).
def outer():
    def inner(a, b):
        return a b
    return inner

print("never printed")
