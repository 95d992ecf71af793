# Compile-time error: return in a class body (a class body is not a function).
def make():
    class C:
        x = 1
        return x
    return C

print("never printed")
