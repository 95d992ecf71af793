# An uncaught exception group: nested boxes, members with and without tracebacks, notes,
# a chained context inside a member, and a group raised by except*.


def fail(n):
    raise ValueError(f"failure {n}")


def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except ValueError as e:
            errors.append(e)
    errors.append(KeyError("never raised"))
    inner = ExceptionGroup("inner", [TypeError("t"), ExceptionGroup("deepest", [OSError("o")])])
    inner.add_note("inner note\nwith two lines")
    return ExceptionGroup("collected", errors + [inner])


def handle():
    try:
        raise collect()
    except* TypeError:
        raise RuntimeError("while handling the TypeError")


handle()
