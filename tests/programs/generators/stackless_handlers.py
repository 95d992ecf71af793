# Stackless generator bodies with try/except/finally and with: handlers reached from a
# yield by what is thrown in, finally blocks run by close() and by the collector, yields
# inside handlers (the exception they handle survives the suspension), and the consumer's
# exception seen from a body that handles none.
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None)
        return kind is KeyError


def guarded(n):
    total = 0
    try:
        for i in range(n):
            try:
                received = yield i
                total += received or 0
            except ValueError as e:
                print("handled", e, "at", i, "total", total)
                yield -1
    finally:
        print("finally with total", total)


g = guarded(5)
print(next(g), g.send(10), g.send(5))
print(g.throw(ValueError("bad")))
print(next(g))
g.close()
print(list(g))

g = guarded(3)
print(list(g))

# Thrown in where no handler matches: the finally runs, the exception escapes.
g = guarded(3)
next(g)
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("escaped", e)


def managed():
    with Resource("a") as a:
        yield a.name
        with Resource("b"):
            yield "inner"
            yield "inner again"
        yield "after b"


print(list(managed()))
g = managed()
print(next(g), next(g))
print(g.throw(KeyError("swallowed by b")))
g.close()
g = managed()
next(g)
try:
    g.throw(IndexError("not swallowed"))
except IndexError as e:
    print("escaped", e)


# A yield inside an except block: the handled exception is the body's own while it runs.
def handler_yield():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


g = handler_yield()
print(repr(next(g)))
try:
    raise IndexError("consumer")
except IndexError:
    print(repr(next(g)), repr(sys.exc_info()[1]))
    print(repr(next(g)))
print(repr(sys.exc_info()[1]))


# Implicit chaining inside the body, and a thrown exception chained to the body's own.
def chaining():
    try:
        yield 1
    except ZeroDivisionError:
        try:
            yield 2
        except OSError as e:
            print("context of thrown:", type(e.__context__).__name__)
            raise RuntimeError("while handling")


g = chaining()
next(g)
g.throw(ZeroDivisionError())
try:
    g.throw(OSError("second"))
except RuntimeError as e:
    print(e, "context:", type(e.__context__).__name__)


# A finally that yields when closed: RuntimeError.
def stubborn():
    try:
        yield 1
    finally:
        yield 2


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)


# Returning from inside try/finally.
def early(n):
    try:
        for i in range(n):
            if i == 2:
                return "early"
            yield i
    finally:
        print("cleanup")


g = early(5)
print(list(g))


def finder(items, target):
    for item in items:
        try:
            if item == target:
                break
            yield item
        finally:
            print("leaving", item)
    else:
        yield "not found"


print(list(finder([1, 2, 3], 2)), list(finder([1], 5)))


# Abandoned suspended generators with finally blocks are finalized by the collector.
def tracked(k):
    try:
        yield k
        yield k + 1
    finally:
        print("finalized", k)


def abandon():
    g = tracked(7)
    print(next(g))


abandon()
gc.collect()
print("after collect")

# Loops with try inside keep their state across thrown-in exceptions.
def resilient(values):
    results = []
    for v in values:
        try:
            yield 10 / v
        except ZeroDivisionError:
            results.append(v)
            yield "skipped"
    yield results


g = resilient([1, 0, 2])
print(next(g), g.throw(ZeroDivisionError), next(g), next(g), next(g))

# An exception escaping a body inside a with: the exit sees it, the program ends.
def failing():
    with Resource("last"):
        yield 1
        raise KeyError("swallowed")
    with Resource("final"):
        yield 2
        [][1]


for value in failing():
    print(value)
