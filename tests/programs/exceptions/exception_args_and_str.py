# Checks e.args, str(e) and repr(e) for exceptions built with zero, one and several arguments.
cases = [Exception(), Exception("msg"), Exception("a", 2), ValueError(42), KeyError("key"),
         KeyError(), KeyError(1, 2), IndexError("idx"), TypeError(None), ZeroDivisionError(""),
         RuntimeError(["list"]), AssertionError("why")]
for e in cases:
    print(type(e).__name__, e.args, "str=" + str(e), "repr=" + repr(e))

# Exceptions raised by the interpreter carry their message in args.
def capture(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__, e.args, str(e)

print(capture(lambda: 1 / 0))
print(capture(lambda: [][3]))
print(capture(lambda: {"a": 1}["b"]))
print(capture(lambda: int("x")))
print(capture(lambda: undefined_name_here))
print(capture(lambda: None.attr))
print(capture(lambda: len(5)))

# isinstance relationships among the builtin exception classes.
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(ValueError(), Exception))
print(isinstance(UnboundLocalError(), NameError), isinstance(Exception(), ValueError))

# Raising a class instantiates it with no arguments.
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, "[" + str(e) + "]")
