# Compile-time error: a name assigned before its nonlocal declaration.
def outer():
    count = 0
    def inner():
        count = 5
        nonlocal count
        return count
    return inner

print("never printed")
