# A walrus in a comprehension binds the enclosing function's variable, which is the
# module's when the function declares it global (also through nested comprehensions).
def f():
    global last
    squares = [last := x * x for x in range(4)]
    return squares, last


def g():
    global found
    pairs = [[found := (a, b) for b in range(2)] for a in range(2)]
    return len(pairs)


print(f(), last)
print(g(), found)
print("g" in g.__code__.co_varnames, "found" in g.__code__.co_varnames)
