# Classes of the builtins module show without a module in their repr, as CPython's C types.
import sys


def f():
    return sys.exc_info()[2]


try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb), type(tb).__name__, type(tb).__module__)
    print(type(tb.tb_frame), type(tb.tb_frame).__name__)
print(type(len), type(print), type(None), type(...), type(NotImplemented))
print(type(iter([])), type(iter(())), type({}.keys()), type(range(3)), type(zip()))
import collections
print(collections.deque, collections.OrderedDict)
