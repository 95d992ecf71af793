# Checks that an uncaught "takes 1 positional argument but 2 were given" ends the program.
def apply(f, *args):
    print("applying", f.__name__, "to", args)
    return f(*args)

def square(n):
    return n * n

def pair(a, b=0):
    return (a, b)

print(apply(square, 7))
print(apply(pair, 1), apply(pair, 1, 2))

# Caught versions with different counts.
for f, args in [(square, ()), (pair, (1, 2, 3)), (lambda: 0, (1,)), (square, (1, 2, 3))]:
    try:
        f(*args)
    except TypeError as e:
        print("caught:", e)

results = [apply(square, v) for v in range(4)]
print(results)
print(apply(square, 7, 8))
print("unreachable")
