# Checks that an uncaught "takes 1 positional argument but 2 were given" ends the program.
def apply(f, *args):
    print("applying", f.__name__, "to", args)
    return f(*args)

def square(n):
    return n * n

print(apply(square, 7))
print(apply(square, 7, 8))
print("unreachable")
