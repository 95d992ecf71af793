# A bare `raise` re-raises the exception being handled where it runs: a caller's
# `except` block, or the exception a `finally` block is propagating.


def rethrow():
    raise


def log_and_rethrow(tag):
    print("handling in", tag)
    raise


def via_helper():
    try:
        {}["missing"]
    except KeyError:
        rethrow()


try:
    via_helper()
except KeyError as e:
    print("helper re-raised", type(e).__name__, e)

try:
    try:
        int("x")
    except ValueError:
        log_and_rethrow("outer")
except ValueError as e:
    print("caught", e)


def finally_reraises_propagating():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise KeyError("second")
        finally:
            raise


try:
    finally_reraises_propagating()
except KeyError as e:
    print("finally re-raised", repr(e), "context", repr(e.__context__))


def finally_on_normal_path():
    try:
        raise OSError("handled")
    except OSError:
        try:
            pass
        finally:
            raise


try:
    finally_on_normal_path()
except OSError as e:
    print("normal finally re-raised", e)


def generator_raising():
    yield 1
    raise


gen = generator_raising()
try:
    1 / 0
except ZeroDivisionError:
    next(gen)
    try:
        next(gen)
    except ZeroDivisionError as e:
        print("generator re-raised", e)

try:
    rethrow()
except RuntimeError as e:
    print("nothing handled:", e)


def lambda_user():
    try:
        raise LookupError("from lambda")
    except LookupError:
        (lambda: rethrow())()


try:
    lambda_user()
except LookupError as e:
    print("through a lambda:", e)

rethrow()
