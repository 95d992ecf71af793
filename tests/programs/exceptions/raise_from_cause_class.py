# `raise E from C`: a cause class is called, and what calling it raises propagates; a cause
# that is neither an exception class nor an instance is a TypeError.


class BrokenCause(Exception):
    def __init__(self):
        raise RuntimeError("cause constructor failed")


class NotAnException:
    pass


try:
    raise IndexError from BrokenCause
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise IndexError("main") from KeyError
except IndexError as e:
    print(repr(e), "cause", repr(e.__cause__), e.__suppress_context__)

for cause in (NotAnException, NotAnException(), 3, "text"):
    try:
        raise ValueError from cause
    except TypeError as e:
        print("TypeError:", e)

raise LookupError("outer") from BrokenCause
