# `yield from` in stackless generator bodies: the runtime steps the delegate for the body,
# passing on what is sent and thrown in, closing it, and giving its return value.
import sys


def inner(n):
    total = 0
    for i in range(n):
        received = yield i
        if received:
            total += received
    return total


def outer():
    first = yield from inner(3)
    print("first returned", first)
    second = yield from [10, 20]
    print("list gives", second)
    third = yield from inner(2)
    return first, third


g = outer()
print(next(g), g.send(5), g.send(6), next(g), next(g), next(g))
print(g.send(7))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)


# Throwing into a delegate that handles it, and one that does not.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("delegate caught", e)
            return "recovered"


def relay():
    result = yield from catcher()
    print("relay got", result)
    try:
        yield from catcher()
    except KeyError as e:
        print("relay caught", repr(e))
    yield "end"


g = relay()
print(next(g))
print(g.throw(ValueError("one")))
print(g.throw(KeyError("two")))
print(list(g))


# Closing while delegating closes the delegate first.
def noisy(name):
    try:
        yield name
        yield name + "!"
    finally:
        print("closing", name)


def chain():
    try:
        yield from noisy("a")
        yield from noisy("b")
    finally:
        print("chain finally")


g = chain()
print(next(g), next(g), next(g))
g.close()
print(list(g))


# A delegate without send or throw: an iterator class.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n


def launcher():
    message = yield from Countdown(3)
    yield message


g = launcher()
print(list(g))
g = launcher()
next(g)
try:
    g.send(1)
except AttributeError as e:
    print("send to a plain iterator:", e)
g = launcher()
next(g)
try:
    g.throw(OSError("to a plain iterator"))
except OSError as e:
    print("thrown through:", e)


# gi_yieldfrom, and a generator reentering itself through its delegate.
def watcher():
    yield from inner(2)


g = watcher()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_frame is not None)


def reentrant():
    yield next(me)


def host():
    yield from reentrant()


me = host()
try:
    next(me)
except ValueError as e:
    print(e)


# Recursive delegation: tree walks and permutations.
def walk(tree):
    if isinstance(tree, list):
        for child in tree:
            yield from walk(child)
    else:
        yield tree


print(list(walk([1, [2, [3, [4, [5]]], 6], [[7]], 8])))


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest


print(len(list(permutations([1, 2, 3, 4, 5]))), next(permutations(list("abc"))))


def nested(depth):
    if depth == 0:
        yield "deep"
        return "up"
    result = yield from nested(depth - 1)
    return result


print(list(nested(300)))


def endless(depth):
    yield from endless(depth + 1)


try:
    next(endless(0))
except RecursionError:
    print("RecursionError")


# StopIteration escaping a delegate's body becomes RuntimeError there.
def broken():
    yield 1
    raise StopIteration("inside")


def wrapper():
    try:
        yield from broken()
    except RuntimeError as e:
        print("wrapper caught:", e)
        yield "after"


print(list(wrapper()))


# An exception from a delegate ends the program with its traceback.
def failing():
    yield 1
    {}["missing"]


def top():
    yield from failing()


for value in top():
    print(value)
