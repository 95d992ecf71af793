# A generator that yields when closed by the collector: CPython reports the RuntimeError
# as unraisable, and the program goes on.
import gc


def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2


def drop():
    g = stubborn()
    next(g)


drop()
gc.collect()
print("end")
