# __traceback__, with_traceback and sys.exc_info()[2]: the frames an exception went
# through, outermost first, as linked traceback objects.
import sys


def inner():
    raise ValueError("deep")


def middle():
    inner()


def frames(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


print(ValueError("never raised").__traceback__)
try:
    middle()
except ValueError as e:
    print(frames(e.__traceback__))
    print(type(e.__traceback__).__name__, frames(sys.exc_info()[2]) == frames(e.__traceback__))
    saved = e.__traceback__
    # A frame that has finished stays at the line it left from.
    print(saved.tb_next.tb_frame.f_lineno, saved.tb_next.tb_next.tb_frame.f_lineno)

# A traceback moved to another exception: raising it adds the frames it goes through.
try:
    try:
        raise KeyError("moved").with_traceback(saved)
    except KeyError as k:
        print(frames(k.__traceback__))
        raise
except KeyError as k:
    print(frames(k.__traceback__))

# Cleared, and set back.
try:
    middle()
except ValueError as e:
    e.__traceback__ = None
    print(e.__traceback__)
    e.__traceback__ = saved
    print(frames(e.__traceback__))
    same = e.with_traceback(None)
    print(same is e, e.__traceback__)
    try:
        e.__traceback__ = "not a traceback"
    except TypeError as t:
        print("TypeError:", t)
    try:
        e.with_traceback(42)
    except TypeError as t:
        print("TypeError:", t)


def reraise_without_frames():
    try:
        middle()
    except ValueError as e:
        raise e.with_traceback(None)


try:
    reraise_without_frames()
except ValueError as e:
    print(frames(e.__traceback__))
