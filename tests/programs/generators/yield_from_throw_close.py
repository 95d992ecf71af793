# `yield from` passes throw() and close() on to the delegate, and send() to iterators
# that define it.


def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield 2
    finally:
        print("inner finally")
    return "inner result"


def outer():
    result = yield from inner()
    print("outer got", result)
    yield 3


g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))

g = outer()
next(g)
g.close()
print("closed")

g = outer()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", type(e).__name__, e)


class Echo:
    def __init__(self):
        self.count = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.count += 1
        if self.count > 3:
            raise StopIteration("echo done")
        return self.count

    def send(self, value):
        print("Echo.send", value)
        return self.__next__()

    def throw(self, exc):
        print("Echo.throw", type(exc).__name__, exc)
        raise StopIteration("thrown away")

    def close(self):
        print("Echo.close")


def delegating():
    result = yield from Echo()
    print("delegating got", result)


g = delegating()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")

g = delegating()
next(g)
try:
    g.throw(IndexError("i"))
except StopIteration:
    print("throw ended it")

g = delegating()
next(g)
g.close()


def plain():
    yield from [10, 20]


g = plain()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("no throw method:", e)
try:
    g.throw(1)
except TypeError as e:
    print(type(e).__name__, e)
