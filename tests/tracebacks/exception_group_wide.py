# More members than CPython prints, and groups nested deeper than it prints.


def nest(depth):
    if depth == 0:
        return ZeroDivisionError("bottom")
    return ExceptionGroup(f"level {depth}", [nest(depth - 1), IndexError(depth)])


try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(20)])
except ExceptionGroup as wide:
    raise ExceptionGroup("deep", [nest(12)]) from wide
