"""Chains of generators delegating with `yield from`: values, sends, returns and
exceptions crossing every level, and what the members of a running chain look like."""
import sys


def chain(depth, leaf):
    if depth == 0:
        result = yield from leaf()
        return result
    result = yield from chain(depth - 1, leaf)
    return result + 1


def counting_leaf():
    total = 0
    while True:
        got = yield total
        if got is None:
            return total
        total += got


# Sends travel to the innermost member, and its return value climbs back, plus one per level.
g = chain(30, counting_leaf)
print(next(g), g.send(5), g.send(7))
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print(g.gi_running, g.gi_yieldfrom, g.gi_frame)


# A recursive tree walk, and members that finish while their delegators go on.
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()


def build(depth, fanout, label="r"):
    if depth == 0:
        return Node(label)
    return Node(label, [build(depth - 1, fanout, label + str(i)) for i in range(fanout)])


tree = build(4, 3)
print(sum(1 for _ in tree.walk()), list(tree.walk())[:6], list(tree.walk())[-3:])
walker = tree.walk()
print([next(walker) for _ in range(8)])
print(list(walker)[:4])


# An exception raised by the innermost member is caught by a delegator halfway up.
def raiser():
    yield "leaf"
    raise KeyError("deep")


def catcher(depth):
    if depth == 0:
        yield from raiser()
        return
    if depth == 3:
        try:
            yield from catcher(depth - 1)
        except KeyError as e:
            yield "caught at 3: " + repr(e)
            return "after catch"
    else:
        r = yield from catcher(depth - 1)
        yield f"{depth} got {r}"


print(list(catcher(6)))


# StopIteration raised inside the innermost body becomes RuntimeError (PEP 479).
def stopper():
    yield 1
    raise StopIteration("inner")


def wraps_stopper(depth):
    if depth == 0:
        yield from stopper()
    else:
        yield from wraps_stopper(depth - 1)


try:
    print(list(wraps_stopper(5)))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


# What the members look like while the innermost one runs: all running, and none can be
# resumed.
members = []


def chain_of(g):
    found = [g]
    while getattr(found[-1], "gi_yieldfrom", None) is not None:
        found.append(found[-1].gi_yieldfrom)
    return found


def observed_leaf():
    while True:
        for m in members:
            print("  running:", m.gi_running, "suspended in yield from:", m.gi_yieldfrom is not None)
        for m in members[:-1]:
            for resume in (next, lambda g: g.send(1), lambda g: g.throw(KeyError)):
                try:
                    resume(m)
                except ValueError as e:
                    print("  re-entering:", e)
        yield "step"


def layered(depth):
    if depth == 0:
        yield from observed_leaf()
    else:
        yield from layered(depth - 1)


top = layered(2)
print(next(top))
members[:] = chain_of(top)
print(len(members), [m.gi_running for m in members])
print(next(top))
print([m.gi_running for m in members])


# The handled exception a suspended delegator is in is the one the innermost member sees.
def show_exc_info():
    yield repr(sys.exc_info()[1])
    try:
        raise OSError("leaf's own")
    except OSError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


def handling_delegator(depth):
    if depth == 0:
        yield from show_exc_info()
    elif depth == 2:
        try:
            raise ValueError("middle")
        except ValueError:
            yield from handling_delegator(depth - 1)
    else:
        yield from handling_delegator(depth - 1)


print(list(handling_delegator(4)))
try:
    raise LookupError("consumer")
except LookupError:
    print(list(handling_delegator(1)))


# Throwing into the outermost member reaches the innermost one, which may handle it.
def absorbing_leaf():
    while True:
        try:
            yield "waiting"
        except ArithmeticError as e:
            yield "absorbed " + type(e).__name__


def thrown_through(depth):
    if depth == 0:
        yield from absorbing_leaf()
    else:
        yield from thrown_through(depth - 1)


g = thrown_through(10)
print(next(g), g.throw(ZeroDivisionError), next(g))
try:
    g.throw(KeyError("not absorbed"))
except KeyError as e:
    print("escaped:", e)
print(next(g, "finished"))


# close() on the outermost member closes every member, innermost first.
def closing(depth, log):
    try:
        if depth == 0:
            yield "deep"
            yield "deeper"
        else:
            yield from closing(depth - 1, log)
    finally:
        log.append(depth)


log = []
g = closing(5, log)
print(next(g))
g.close()
print(log)


# A chain deeper than the recursion limit raises RecursionError in the delegator that could
# not go deeper, where it can be caught.
def deep(depth):
    if depth == 0:
        yield "bottom"
        return
    yield from deep(depth - 1)


sys.setrecursionlimit(200)
for depth in (50, 150, 400):
    try:
        print(depth, list(deep(depth)))
    except RecursionError as e:
        print(depth, "RecursionError:", e)


def guarded(depth):
    if depth == 0:
        yield "bottom"
        return
    try:
        yield from guarded(depth - 1)
    except RecursionError:
        yield f"too deep below {depth}"


# (CPython's exact depth of failure is not pinned here: closc's differs by one level.)
caught = list(guarded(400))
print(len(caught), caught[0].startswith("too deep below"))
sys.setrecursionlimit(1000)


# Members of other kinds in the middle of a chain: an iterator, a stackful generator
# (one with a yield inside a with block), a generator already partly consumed.
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def stackful(inner):
    with Ctx():
        yield "stackful"
        yield from inner


def mixed(depth):
    if depth == 0:
        yield from iter(["a", "b"])
        return
    if depth == 2:
        yield from stackful(mixed(depth - 1))
        return
    yield from mixed(depth - 1)


print(list(mixed(4)))


def echo_leaf():
    got = None
    while got != "stop":
        got = yield ("echo", got)
    return 100


partly = chain(3, echo_leaf)
print(next(partly), partly.send(2))


def adopt(g):
    result = yield from g
    return ("adopted", result)


a = adopt(partly)
print(next(a), a.send(3))
try:
    a.send("stop")
except StopIteration as stop:
    print(stop.value)


# Sending a value into a fresh delegate is an error, reported where the send happened.
def fresh_target():
    yield "started"


def sends_to_fresh():
    inner = fresh_target()
    yield from inner


s = sends_to_fresh()
try:
    s.send("not None")
except TypeError as e:
    print("TypeError:", e)
