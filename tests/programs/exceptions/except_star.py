# except*: clauses take the matching parts of a group, bare exceptions come wrapped,
# what the clauses raise joins what no clause matched, and the errors CPython raises.
import sys


def outcome(label, f):
    try:
        f()
        print(label, "completed")
    except BaseException as e:
        print(label, "raised", type(e).__name__, repr(e))
        print("   context", repr(e.__context__), "cause", repr(e.__cause__))


def bare_exception():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("caught", repr(e), repr(sys.exc_info()[1]), sys.exc_info()[1] is e)


def bare_reraised():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def partial_matches():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), ValueError(4)])
    except* ValueError as e:
        print("values", repr(e))
    except* TypeError as e:
        print("types", repr(e))
        raise
    except* (IndexError, KeyError) as e:
        print("lookups", repr(e))


def unmatched_rest():
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("values handled")


def new_exceptions():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from values")
    except* TypeError:
        raise KeyError("from types")


def new_and_reraised():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError as e:
        raise LookupError("replaced") from e


def only_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        raise TypeError("instead") from e


def no_match():
    try:
        raise ValueError(1)
    except* TypeError:
        print("not reached")


def invalid_group_class():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def invalid_tuple():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass


def invalid_type():
    try:
        raise ValueError(1)
    except* (ValueError, int):
        pass


def leaf_raised_alone():
    try:
        raise ValueError(1)
    except* ValueError as e:
        raise e.exceptions[0]


def base_exceptions():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("base", repr(e), type(e).__name__)


def else_and_finally():
    for fail in (False, True):
        try:
            if fail:
                raise ExceptionGroup("g", [ValueError(fail)])
            print("body ran")
        except* ValueError as e:
            print("handled", repr(e))
        else:
            print("else")
        finally:
            print("finally")


def names_are_unbound():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print("bound", repr(e))
    try:
        print(e)
    except NameError as n:
        print("unbound:", n)


def loops_inside_a_clause():
    try:
        raise ExceptionGroup("g", [ValueError(i) for i in range(5)])
    except* ValueError as e:
        for sub in e.exceptions:
            if sub.args[0] == 3:
                break
            if sub.args[0] % 2:
                continue
            print("even", sub)

        def inner():
            return len(e.exceptions)

        print("inner returns", inner())


def nested_statements():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2), OSError(3)])
        except* ValueError:
            print("inner handled values")
    except* TypeError as e:
        print("outer got", repr(e))
    except* OSError as e:
        print("outer got", repr(e))


def handled_with_plain_except():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            pass
    except ExceptionGroup as e:
        print("plain except sees", repr(e), e.exceptions)


def generator():
    try:
        yield 1
        raise ExceptionGroup("in a generator", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)


for f in [
    bare_exception,
    bare_reraised,
    partial_matches,
    unmatched_rest,
    new_exceptions,
    new_and_reraised,
    only_new,
    no_match,
    invalid_group_class,
    invalid_tuple,
    invalid_type,
    leaf_raised_alone,
    base_exceptions,
    else_and_finally,
    names_are_unbound,
    loops_inside_a_clause,
    nested_statements,
    handled_with_plain_except,
]:
    outcome(f.__name__, f)
print(list(generator()))

try:
    raise ExceptionGroup("uncaught", [ValueError(1), TypeError(2)])
except* ValueError:
    print("values handled, the TypeError goes on")
