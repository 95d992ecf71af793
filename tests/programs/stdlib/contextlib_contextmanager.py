# Generator-based context managers: setup/teardown, exceptions thrown in at the yield,
# suppression, the errors of misbehaving generators, reuse as a decorator.
from contextlib import contextmanager, ContextDecorator


@contextmanager
def tag(name):
    """Prints an opening and closing tag around the block."""
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("a") as t:
    print("inside", t)

with tag("outer"), tag("inner") as inner:
    print("nested", inner)

print(tag.__name__, tag.__doc__)
print(tag("x").__doc__)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", repr(e))


@contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", repr(e))


with swallow(KeyError):
    raise KeyError("k")
print("after swallow")

try:
    with swallow(KeyError):
        raise IndexError("not swallowed")
except IndexError as e:
    print("propagated", repr(e))


@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e


try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))


# StopIteration raised in the block is not swallowed by the generator finishing.
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration("in block")
except StopIteration as e:
    print("StopIteration propagated", e)


@contextmanager
def catch_stop():
    try:
        yield
    except StopIteration:
        print("generator saw StopIteration")


with catch_stop():
    raise StopIteration("handled")
print("after catch_stop")


# Misbehaving generators.
@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def twice():
    try:
        yield 1
    finally:
        print("twice cleanup")
    yield 2


try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        pass
    yield


try:
    with yields_after_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError:", e)

# The manager of a call can be entered once only.
cm = plain()
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print("AttributeError")


# Used as a decorator: a fresh manager for every call.
@tag("deco")
def double(x):
    print("double", x)
    return x * 2


print(double(3), double(4))
print(double.__name__)


class Tracker(ContextDecorator):
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print("enter", self.depth)
        return self

    def __exit__(self, *exc):
        print("exit", self.depth, exc[0])
        self.depth -= 1
        return False


tracker = Tracker()


@tracker
def work(n):
    if n:
        return work(n - 1)
    raise KeyError("bottom")


try:
    work(2)
except KeyError as e:
    print("work raised", e)


# Calling __exit__ by hand with a class and no instance.
manual = swallow(OSError)
manual.__enter__()
print(manual.__exit__(FileNotFoundError, None, None))

# An uncaught exception through a context manager: cleanup runs, then the traceback.
with tag("last"):
    {}["missing"]
