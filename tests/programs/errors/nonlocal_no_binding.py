# Compile-time error: nonlocal in a nested function with no enclosing binding.
print("this line never runs: the whole file is rejected")

def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
