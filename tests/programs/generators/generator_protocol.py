# Generator functions: next/send/throw/close, return values in StopIteration, yield from, finally.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(5)), sum(count(10)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = None
    while True:
        received = yield received
        if received == "quit":
            return
g = echo()
print(next(g), g.send(1), g.send("x"))
try:
    g.send("quit")
except StopIteration:
    print("finished")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def squares(xs):
    yield from (x * x for x in xs)
    return len(xs)
def outer():
    n = yield from squares([1, 2, 3])
    yield n
print(list(outer()))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = with_finally()
print(next(g))
g.close()
print(any(x > 3 for x in count(100)), all(x < 3 for x in [1, 2, 5]))
gen = (x * 2 for x in range(3))
print(gen.__class__.__name__, list(gen), list(gen))
def closures():
    for i in range(3):
        yield lambda: i
print([f() for f in closures()])
print(sorted(x % 3 for x in range(7)), max(c for c in "hello"))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
print(repr(count(1)).startswith("<generator object count at 0x"))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(list(deep(50))[-3:])
