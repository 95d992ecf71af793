# ExitStack: callbacks and managers unwound last first, suppression, exceptions raised by
# callbacks chained as nested with statements would chain them, pop_all, close.
from contextlib import ExitStack, contextmanager, suppress


@contextmanager
def resource(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    print(names)
print(log)


def cb(*args, **kwds):
    print("cb", args, sorted(kwds.items()))


with ExitStack() as stack:
    got = stack.callback(cb, 1, 2, key="v")
    print(got is cb, stack._exit_callbacks[-1][1].__wrapped__ is cb)


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


# push registers __exit__ without entering; a plain callable gets the exception details.
def exit_fn(typ, exc, tb):
    print("exit_fn sees", repr(exc))
    return True


with ExitStack() as stack:
    stack.push(Manager("pushed"))
    stack.push(exit_fn)
    raise ValueError("suppressed by exit_fn")
print("continued")

with ExitStack() as stack:
    stack.enter_context(Manager("suppressor", suppress=True))
    stack.enter_context(Manager("sees error"))
    raise KeyError("x")
print("suppressed by a manager")


# Exceptions raised by callbacks replace the one propagating, and chain to it.
def raiser(exc):
    def callback(*details):
        raise exc

    return callback


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("third")))
        stack.push(raiser(KeyError("second")))
        stack.push(raiser(AttributeError("first")))
        1 / 0
except IndexError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(" <- ".join(chain))

# The chain matches nested with statements exactly.
try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError("outer")))
        stack.push(raiser(TypeError("inner")))
        print("body ends normally")
except ValueError as e:
    print(repr(e), repr(e.__context__))

# Raised inside an except block: the handled exception stays at the end of the chain.
try:
    try:
        raise NameError("handled")
    except NameError:
        with ExitStack() as stack:
            stack.push(raiser(LookupError("from callback")))
            raise OSError("in body")
except LookupError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))

# A later callback suppresses what an earlier one raised.
with ExitStack() as stack:
    stack.push(exit_fn)
    stack.push(raiser(RuntimeError("raised then suppressed")))
print("suppressed callback error")

# pop_all moves the callbacks: nothing runs when the first stack closes.
log = []
with ExitStack() as stack:
    stack.enter_context(resource("kept", log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)
moved.close()
print(log)

# A stack as the all-or-nothing opener of several resources.
def open_all(names, log):
    with ExitStack() as stack:
        for name in names:
            if name == "bad":
                raise OSError("cannot open " + name)
            stack.enter_context(resource(name, log))
        return stack.pop_all()


log = []
try:
    open_all(["x", "y", "bad"], log)
except OSError as e:
    print(e, log)
log = []
stack = open_all(["x", "y"], log)
print(log)
with stack:
    print("using", log)
print(log)

# Not a context manager.
with ExitStack() as stack:
    try:
        stack.enter_context(42)
    except TypeError as e:
        print(e)
    try:
        stack.enter_context(Manager)
    except TypeError as e:
        print(e)

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    print(1 / 0)
print("exit value", ExitStack().__exit__(None, None, None))

# An uncaught exception raised by a callback.
with ExitStack() as stack:
    stack.callback(print, "cleanup ran")
    stack.push(raiser(ValueError("from the stack")))
