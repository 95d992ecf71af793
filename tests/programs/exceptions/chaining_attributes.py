# __cause__, __suppress_context__ and explicit __context__ of exception objects
try:
    raise ValueError("x") from None
except ValueError as x:
    print(x.__suppress_context__, x.__cause__, x.__context__)
try:
    raise ValueError("y") from KeyError("k")
except ValueError as y:
    print(y.__suppress_context__, repr(y.__cause__))
e = TypeError("t")
print(e.__suppress_context__, e.__cause__, e.__context__)
e.__cause__ = KeyError(1)
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = IndexError(2)
print(repr(e.__context__))
e.__context__ = None
print(e.__context__)
for bad in (1, "s", KeyError):
    try:
        e.__cause__ = bad
    except TypeError as err:
        print(err)
    try:
        e.__context__ = bad
    except TypeError as err:
        print(err)
import sys
print(sys.exc_info())
try:
    raise ValueError(ZeroDivisionError)
except ValueError as v:
    print(repr(v))
