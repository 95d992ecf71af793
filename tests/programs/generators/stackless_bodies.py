# Generator bodies without try/with/yield from run stackless: their variables live across
# each yield in a frame. Sending, throwing, closing, recursion, cells, floats, loop state,
# the frame's line, exceptions and collections in the middle.
import gc
import sys


def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        else:
            i += 1
    return "counted"


g = counter(10)
print(next(g), next(g), g.send(7), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)
print(list(g), next(g, "exhausted"))


def floats(n):
    total = 0.0
    step = 0.25
    for i in range(n):
        total += step * i
        yield total
    yield total / 2


print(list(floats(6)))


def over_list(items):
    for item in items:
        yield item
        if item == 2:
            items.append(99)


print(list(over_list([1, 2, 3])))


def pairs(a, b):
    for i in range(a):
        for j in range(i, b):
            yield i, j


print(list(pairs(3, 4)))


def with_cell():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    while count < 4:
        yield bump() * 10


print(list(with_cell()))


def walk(tree, depth=0):
    if tree is None:
        return
    left, value, right = tree
    for item in walk(left, depth + 1):
        yield item
    yield value, depth
    for item in walk(right, depth + 1):
        yield item


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return (build(lo, mid - 1), mid, build(mid + 1, hi))


print(list(walk(build(1, 10))))


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for item in deep(n - 1):
        yield item


print(list(deep(200)))

# Throwing in: before the start, at a yield inside loops, after the end.
g = counter(5)
try:
    g.throw(KeyError("before"))
except KeyError as e:
    print("thrown before start:", e, list(g))
g = pairs(3, 3)
print(next(g), next(g))
try:
    g.throw(ValueError("inside"))
except ValueError as e:
    print("thrown inside:", e, list(g))
try:
    g.throw(ValueError("after"))
except ValueError as e:
    print("thrown after the end:", e)

# Closing: before the start, while suspended, twice.
g = counter(3)
g.close()
print("closed before start:", list(g))
g = counter(3)
print(next(g))
g.close()
g.close()
print("closed while suspended:", list(g))

# Sending a value to a just-started generator.
g = counter(3)
try:
    g.send(1)
except TypeError as e:
    print(e)
print(next(g))

# A generator resuming itself.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print(e)

# PEP 479: StopIteration escaping the body.
def leaky(it):
    yield next(it)
    yield next(it)


try:
    print(list(leaky(iter([1]))))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# State and frame line.
def lines():
    yield 1
    yield 2


g = lines()
print(g.gi_running, g.gi_frame.f_lineno == lines.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - lines.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - lines.__code__.co_firstlineno)
print(list(g), g.gi_frame)

# Unbinding a local across a yield.
def unbinding():
    x = 1
    yield x
    del x
    yield 2
    yield x


g = unbinding()
print(next(g), next(g))
try:
    next(g)
except UnboundLocalError as e:
    print(e)

# The consumer's handled exception is visible in the body, and chains what it raises.
def observer():
    yield sys.exc_info()[0]
    raise KeyError("from body")


g = observer()
try:
    raise IndexError("consumer")
except IndexError:
    print(next(g).__name__)
    try:
        next(g)
    except KeyError as e:
        print("context:", type(e.__context__).__name__)

# Thrown in while the consumer handles an exception.
g = counter(3)
next(g)
try:
    raise IndexError("handled")
except IndexError:
    try:
        g.throw(OSError("thrown"))
    except OSError as e:
        print("thrown context:", type(e.__context__).__name__)

# Many suspended generators holding objects across collections.
def holder(k):
    data = [k] * 3
    label = "item-" + str(k)
    yield label
    yield sum(data)
    yield label + "!"


held = [holder(k) for k in range(300)]
print([next(h) for h in held][-1])
gc.collect()
junk = [[i] * 10 for i in range(2000)]
print(sum(next(h) for h in held))
gc.collect()
print([next(h) for h in held][:3])

# Generator expressions are stackless bodies too.
print(list(x * y for x in range(4) if x % 2 for y in (x, -x)))
print(max((a * b) % 97 for a in range(30) for b in range(a, 30)))

# An exception escaping a body ends the program.
def failing():
    yield 1
    yield 1 / 0


for value in failing():
    print(value)
