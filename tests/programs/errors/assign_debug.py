# __debug__ is a constant: assigning to it is a compile-time error.
def f():
    __debug__ = 1
