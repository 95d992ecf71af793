# Lambdas and comprehensions are frames of their own in tracebacks, at their line.
import traceback


def call(function):
    return function()


def frames(exc):
    tb = exc.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return names


for thunk in [
    lambda: call(lambda: 1 / 0),
    lambda: [1 // x for x in
             [1, 0]],
    lambda: {x: {}[x] for x in "a"},
    lambda: sum(int(s) for s in ["1", "x"]),
    lambda: {x / 0 for x in [2]},
]:
    try:
        thunk()
    except Exception as exc:
        print(type(exc).__name__, frames(exc))
        print(traceback.format_exception(exc)[-2].splitlines()[0].split(", ", 1)[1])
call(lambda: [w.upper() for w in ["a", None]])
