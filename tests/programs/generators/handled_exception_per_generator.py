# Each generator body has its own "exception being handled" entry above its consumer's:
# sys.exc_info() in a suspended-and-resumed handler, the consumer's exception seen from a
# body handling none, and the context a thrown exception gets.
import sys


def name(info):
    return None if info[0] is None else info[0].__name__


def keeps_its_own():
    try:
        raise ValueError("inside")
    except ValueError:
        yield "in handler: " + str(name(sys.exc_info()))
        yield "resumed in handler: " + str(name(sys.exc_info()))
    yield "after handler: " + str(name(sys.exc_info()))


gen = keeps_its_own()
try:
    raise IndexError("outside")
except IndexError:
    print(next(gen))
print(next(gen))
try:
    raise KeyError("another")
except KeyError:
    print(next(gen))
print("consumer after:", name(sys.exc_info()))


def sees_consumer():
    while True:
        yield name(sys.exc_info())


watcher = sees_consumer()
print("no handler:", next(watcher))
for kind in (OSError, TypeError):
    try:
        raise kind
    except kind:
        print("consumer handles:", next(watcher))


def suspended_in_handler():
    try:
        raise KeyError("a")
    except KeyError:
        yield


gen = suspended_in_handler()
gen.send(None)
try:
    gen.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown gets context:", repr(e.__context__))


def not_in_handler():
    yield


gen = not_in_handler()
next(gen)
try:
    raise LookupError("consumer's")
except LookupError:
    try:
        gen.throw(RuntimeError("plain"))
    except RuntimeError as e:
        print("context from consumer:", repr(e.__context__))


def reraises_later():
    try:
        yield
    except Exception:
        yield name(sys.exc_info())
        raise


gen = reraises_later()
next(gen)
try:
    raise ArithmeticError("sent in")
except ArithmeticError as exc:
    print("after throw:", gen.throw(exc))
try:
    next(gen)
except ArithmeticError as e:
    print("re-raised later:", e, "context", e.__context__)


def delegate():
    yield from keeps_its_own()


print(list(delegate()))
