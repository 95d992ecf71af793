# Compile-time error: a name used before its global declaration.
level = 3

def report():
    def inner():
        print(level)
        global level
    return inner

print("never printed")
