# sys.exit: finalizers run after SystemExit unwinds, and the status is kept; a finalizer
# raising at exit is reported last.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        if self.name == "raises":
            raise LookupError("from a finalizer at exit")


a = Noisy("a")
b = Noisy("raises")


def finish():
    c = Noisy("local")
    sys.exit(3)


finish()
