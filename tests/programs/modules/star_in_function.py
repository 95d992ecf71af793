print("compile error expected")


def f():
    from math import *
    return sqrt(4)
