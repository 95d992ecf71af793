# The small managers: closing, suppress, nullcontext, redirect_stdout/redirect_stderr,
# and the abstract base classes' checks and defaults.
import sys
from contextlib import (
    AbstractAsyncContextManager,
    AbstractContextManager,
    closing,
    nullcontext,
    redirect_stderr,
    redirect_stdout,
    suppress,
)
import contextlib


class Connection:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Connection("db")) as conn:
    print("using", conn.name)

try:
    with closing(Connection("failing")):
        raise ValueError("oops")
except ValueError as e:
    print("after close:", e)

with suppress(KeyError, IndexError):
    [][1]
print("IndexError suppressed")
with suppress(LookupError):
    {}["k"]
print("KeyError suppressed by its base")
with suppress():
    pass
try:
    with suppress(TypeError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)
s = suppress(ZeroDivisionError)
for i in range(3):
    with s:
        print(10 // (1 - i))
print(s.__enter__())

for value in [None, 7, "text"]:
    with nullcontext(value) as got:
        print("nullcontext", repr(got))
with nullcontext():
    pass
try:
    with nullcontext():
        raise OSError("through")
except OSError as e:
    print("nullcontext lets", e, "through")


def maybe_closing(thing, close):
    return closing(thing) if close else nullcontext(thing)


with maybe_closing(Connection("a"), True) as c:
    print("got", c.name)
with maybe_closing(Connection("b"), False) as c:
    print("got", c.name)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


buf = Capture()
with redirect_stdout(buf) as target:
    print("captured", 1, 2, sep="-")
    print("second line", end="!")
    sys.stdout.write("direct\n")
print(target is buf, repr(buf.getvalue()))
print(buf.parts)

# Reentrant: the same redirect object entered twice restores both levels.
outer = Capture()
inner = Capture()
redirect = redirect_stdout(outer)
with redirect:
    print("to outer")
    with redirect_stdout(inner):
        print("to inner")
    with redirect:
        print("outer again")
    print("still outer")
print(outer.getvalue().split("\n"), inner.getvalue())

err = Capture()
with redirect_stderr(err):
    print("an error message", file=sys.stderr)
print(repr(err.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

try:
    with redirect_stdout(Capture()):
        raise KeyError("restored")
except KeyError:
    print("stdout restored after an exception")


class Plain:
    def __enter__(self):
        return 1

    def __exit__(self, *exc):
        return None


class NoExit:
    def __enter__(self):
        return 1


class DisabledExit(Plain):
    __exit__ = None


class Async:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        pass


print(issubclass(Plain, AbstractContextManager), isinstance(Plain(), AbstractContextManager))
print(issubclass(NoExit, AbstractContextManager), issubclass(DisabledExit, AbstractContextManager))
print(isinstance(closing(None), AbstractContextManager), isinstance(42, AbstractContextManager))
print(issubclass(Async, AbstractAsyncContextManager), issubclass(Plain, AbstractAsyncContextManager))
print(isinstance(nullcontext(), AbstractAsyncContextManager))


class Default(AbstractContextManager):
    def __exit__(self, *exc):
        return super().__exit__(*exc)


d = Default()
with d as entered:
    print("default __enter__ returns self:", entered is d)
print(d.__exit__(None, None, None))
print(issubclass(Default, AbstractContextManager))
print([name for name in sorted(contextlib.__all__) if name != "chdir"])
