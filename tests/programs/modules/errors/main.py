# An uncaught exception of a class of another module is shown as module.qualname.
import errs


class Local(Exception):
    pass


print(errs.parse("12"))
try:
    errs.parse("x")
except ValueError as e:
    print(type(e).__name__, type(e).__module__, e)
print(repr(errs.Outer.Inner("a")), errs.ParseError, Local)
errs.parse("twelve")
