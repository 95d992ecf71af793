# generators: finally blocks, close, send, yield from, abandoned generators holding refs
log = []
def g(i):
    data = [i] * 100
    try:
        yield len(data)
        yield sum(data)
    finally:
        log.append(i)
gs = [g(i) for i in range(200)]
for x in gs:
    next(x)
for k, x in enumerate(gs):
    if k % 2:
        x.close()
print(len(log), log[:5])
del gs
junk = [[i] * 5 for i in range(3000)]
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = acc()
next(a)
for i in range(1000):
    a.send([i][0])
try:
    a.send(None)
except StopIteration as e:
    print("Stop", e.value)
def inner(n):
    for i in range(n):
        got = yield i
        if got:
            yield "got %s" % got
    return n * 10
def outer():
    r = yield from inner(5)
    yield r
    r2 = yield from inner(3)
    yield r2
o = outer()
print(next(o), o.send("x"), next(o), list(o))
def thrower():
    try:
        yield 1
    except KeyError as e:
        yield "caught %s" % e
    yield 3
t = thrower()
print(next(t), t.throw(KeyError("k")), next(t))
try:
    t.throw(ValueError("v"))
except ValueError as e:
    print("ValueError", e)
print(list(t))
def gen_exp():
    return (x * x for x in [y for y in range(100)])
ge = [gen_exp() for _ in range(100)]
junk = [[i] * 5 for i in range(3000)]
print(sum(sum(x) for x in ge))
def fibg():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fibg()
for _ in range(500):
    v = next(f)
print(v % 1000000007, len(str(v)))
def closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
c = closer()
next(c)
try:
    c.close()
except RuntimeError as e:
    print("RuntimeError", e)
def genret():
    yield 1
    return [1, 2, 3]
gr = genret()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print(e.value)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e)
