# Compile-time error: the same name declared both nonlocal and global.
def outer():
    x = 1
    def inner():
        global x
        nonlocal x
        x = 2
    return inner

print("never printed")
