# An assignment expression may not rebind a comprehension's iteration variable.
def f():
    return [x := 0 for x in range(3)]
