# An annotated local cannot then be declared global.
def f():
    x: int = 1
    global x
    return x
