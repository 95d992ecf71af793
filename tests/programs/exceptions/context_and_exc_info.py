# Implicit exception chaining (__context__), raise from None, and sys.exc_info() inside and after handlers.
import sys
def f():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError as e:
            return repr(e.__context__)
print(f())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from None
except KeyError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
def g():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                break
            continue
    return sys.exc_info()[0]
print(g(), sys.exc_info())
try:
    raise ValueError("a")
except ValueError:
    print(sys.exc_info()[0].__name__)
    try:
        raise TypeError("b")
    except TypeError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
try:
    try:
        raise ValueError("in try")
    finally:
        print("finally sees", sys.exc_info()[0].__name__)
except ValueError as e:
    print("caught", e)
