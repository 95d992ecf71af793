# Compile-time error: a name used before its nonlocal declaration.
def outer():
    count = 0
    def inner():
        print(count)
        nonlocal count
        count += 1
    return inner

print("never printed")
