# Compile-time error: continue in a nested function that is not itself inside a loop.
def outer():
    while True:
        def inner():
            continue
        inner()
        break

outer()
