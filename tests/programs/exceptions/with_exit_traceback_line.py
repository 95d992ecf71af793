# An exception raised by __exit__ is reported at the line of the with statement, both
# when the body completes and when it raised: the traceback's frame shows that line.
import traceback


class Strict:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")


def completes():
    with Strict():
        x = 1
        x += 1


def raises():
    with Strict():
        y = 1
        raise ValueError(y)


for function in (completes, raises):
    try:
        function()
    except RuntimeError as exc:
        frame = exc.__traceback__.tb_next
        print(function.__name__, frame.tb_lineno, type(exc.__context__).__name__)
        print(traceback.format_exception(exc)[-3].strip().splitlines()[-1])
completes()
