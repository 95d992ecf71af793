# for loops over lists suspended inside generators while the list changes, loops with
# exceptions, finally, class bodies, star targets, and long lists (run under GC stress too).

def gen(seq):
    for x in seq:
        yield x

a = [1, 2, 3]
g = gen(a)
print(next(g))
a.append(4)
a.insert(0, 0)
print(list(g))
a.append(5)
print(next(g, "exhausted"))

def gen2(seq):
    for i, x in enumerate(seq):
        for y in seq:
            yield (x, y)
            if y == 2:
                break

b = [1, 2, 3]
g = gen2(b)
res = []
for pair in g:
    res.append(pair)
    if len(b) < 5:
        b.append(len(b) + 1)
print(res)

def gen3(t):
    try:
        for x in t:
            try:
                yield x
            finally:
                print("inner finally", x)
    finally:
        print("outer finally")

g = gen3((1, 2, 3))
print(next(g))
print(next(g))
g.close()
print("closed")

def gen4(lst):
    for x in lst:
        got = yield x
        if got:
            lst.extend(got)

lst = [1]
g = gen4(lst)
print(next(g))
print(g.send([2, 3]))
print(g.send(None))
print(g.send([4]))
print(next(g, "end"), lst)

# generator that suspends while the list is cleared & list rebuilt via slice
def gen5(lst):
    for x in lst:
        yield x
c = [1, 2, 3, 4, 5]
g = gen5(c)
print(next(g), next(g))
c[:] = [10]
print(list(g))

# throw into generator mid-loop
def gen6(lst):
    for x in lst:
        try:
            yield x
        except KeyError as e:
            print("caught", e, "at", x)
g = gen6([1, 2, 3])
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))

# generator expression over list mutated before consumption
d = [1, 2, 3]
ge = (x * 2 for x in d)   # first iterable evaluated eagerly
d.append(4)
d = [100]
print(list(ge))

# list iterated in both a generator and outer loop concurrently
e = [1, 2, 3, 4]
g = gen(e)
for x in e:
    y = next(g, None)
    print(x, y, end=" | ")
    if x == 2:
        del e[0]
print()

# big list under GC, boxed floats created in loop
big = [i * 0.5 for i in range(3000)]
total = 0.0
for f in big:
    total += f * 1.5
print(total)
big2 = [[i, str(i)] for i in range(2000)]
s = 0
for pair in big2:
    s += len(pair[1]) + pair[0]
print(s)
# only reference to the list lives in the loop
def make(n):
    return [str(i) * 2 for i in range(n)]
acc = 0
for s_ in make(2000):
    acc += len(s_)
    junk = [s_] * 3
print(acc)
for s_ in tuple(make(500)):
    acc -= len(s_)
print(acc)

x = [[1, 2], [3, 4]]
for x in x:
    print(x)
print(x)
lst = [0, 0, 0, 0]
for i, lst[i] in enumerate("abcd"):
    pass
print(lst)
class Body:
    acc = []
    for v in (1, 2, 3):
        acc.append(v * 2)
    squares = [v * v for v in acc]
    pairs = [(a, b) for a in acc for b in (1, 4, 9, 16, 36) if b > a * 4]
    try:
        bad = [(a, b) for a in acc for b in squares]
    except NameError as e:
        bad = str(e)
print(Body.acc, Body.squares, Body.pairs, Body.v, Body.bad)

def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            try:
                if val == target:
                    return (r, c)
            finally:
                if val == target:
                    print("found in finally")
    return None
print(search([[1, 2], [3, 4]], 3), search([[1]], 9))

def exc_in_loop(items):
    out = []
    for it in items:
        try:
            out.append(10 // it)
        except ZeroDivisionError:
            out.append("z")
            continue
        except TypeError:
            out.append("t")
            break
        finally:
            out.append("f")
    else:
        out.append("else")
    return out
print(exc_in_loop([1, 0, 5]), exc_in_loop([2, "s", 3]))

def ret_in_finally(items):
    for it in items:
        try:
            if it == 2:
                raise ValueError(it)
        finally:
            if it == 2:
                return "swallowed"
    return "done"
print(ret_in_finally([1, 2, 3]), ret_in_finally((1,)))

def break_in_finally(items):
    n = 0
    for it in items:
        try:
            n += 1
            raise KeyError(it)
        finally:
            break
    return n
print(break_in_finally([5, 6]))

def while_inside(items):
    out = []
    for it in items:
        k = it
        while k > 0:
            k -= 1
            if k == 1:
                break
            out.append(k)
        else:
            out.append("w-else")
    return out
print(while_inside([0, 3, 5]))

# the loop raises from the iterable's item access side effects
class Boom:
    def __repr__(self):
        raise RuntimeError("boom")
items = [1, Boom(), 3]
try:
    for it in items:
        print(repr(it))
except RuntimeError as e:
    print("RuntimeError", e)

# loop over a tuple that is then deleted
def over_tuple():
    t = tuple(range(5))
    s = 0
    for v in t:
        del t
        s += v
        t = ("x",)
    return s, t
print(over_tuple())

# loop over list held only by loop, mutated through alias captured in closure
def closure_mutate():
    data = [1, 2, 3]
    def push(v):
        data.append(v)
    out = []
    for v in data:
        out.append(v)
        if v < 4:
            push(v + 3)
    return out
print(closure_mutate())

# nested comprehension referencing the outer loop list being appended
res = []
base = [1, 2, 3]
for b in base:
    res.append([b * c for c in base if c <= b])
    if b == 2:
        base.append(4)
print(res)

# generator expressions with several for clauses, lazily consumed while list changes
src = [1, 2]
ge = ((a, b) for a in src for b in src)
print(next(ge))
src.append(3)
print(list(ge))

# star targets
for first, *rest in [(1, 2, 3), [4], "ab"]:
    print(first, rest)
for (a, b), c in [((1, 2), 3), ([4, 5], 6)]:
    print(a + b + c)

# long list of ints and strings with GC stress and slice rebuilds
data = list(range(1500))
cnt = 0
for v in data:
    if isinstance(v, int) and v % 500 == 0:
        data[v + 10:v + 12] = [str(v)] * 5
    cnt += 1 if isinstance(v, int) else 1000
print(cnt, len(data))
