# Compile-time error: a parameter declared global in a nested function.
counter = 0

def outer():
    def bump(counter):
        global counter
        counter += 1
    return bump

print("never printed")
