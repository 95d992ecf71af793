# atexit callbacks run last-registered first after the main module ends (here with an
# uncaught exception, reported first); a failing callback is reported and the rest run.
import atexit
import sys
import traceback


def bye(who, punct="!"):
    print("bye", who + punct)


atexit.register(bye, "first")
atexit.register(bye, "second", punct="?")


@atexit.register
def decorated():
    print("decorated runs first")


def boom():
    raise KeyError("from a callback")


atexit.register(boom)
atexit.register(print, "never printed")
atexit.unregister(print)
try:
    atexit.register(3)
except TypeError as e:
    print("TypeError:", e)


def inner():
    raise ValueError("inner failure")


def outer():
    inner()


class Stdout:
    """Writes to stdout with this file's path (which depends on the checkout) hidden."""

    def write(self, text):
        sys.stdout.write(hide_path(text))


def hide_path(text):
    return text.replace(__file__, "<prog>")


try:
    outer()
except ValueError as e:
    print(hide_path(traceback.format_exc()), end="")
    print([hide_path(piece) for piece in traceback.format_exception(e)])
    print(traceback.format_exception_only(type(e), e))
    traceback.print_exc(file=Stdout())
    traceback.print_exception(e, file=Stdout())
print(repr(traceback.format_exc()))
print(outer.__code__.co_filename == __file__)
try:
    try:
        outer()
    except ValueError:
        raise RuntimeError("while handling")
except RuntimeError:
    print(hide_path(traceback.format_exc()))
raise SystemExit("main module exits")
