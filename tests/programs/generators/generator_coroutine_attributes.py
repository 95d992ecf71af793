# The attributes of generators and coroutines programs read: gi_running, gi_frame (None
# once finished; its f_lineno where the body is suspended), gi_suspended, gi_yieldfrom,
# gi_code, and cr_running, cr_frame, cr_suspended, cr_await, cr_code, cr_origin.
def numbers():
    total = 0
    yield total
    total += 1
    yield total
    yield from letters()
    return total


def letters():
    yield "a"
    yield "b"


g = numbers()
frame = g.gi_frame
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom, g.gi_code.co_name, g.gi_code.co_firstlineno)
print(type(frame).__name__, frame.f_lineno, frame.f_code is g.gi_code, frame.f_back, frame is g.gi_frame)
print(next(g), g.gi_frame.f_lineno, g.gi_suspended, g.gi_running)
print(next(g), g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_lineno, g.gi_yieldfrom.gi_code.co_name, g.gi_yieldfrom.gi_frame.f_lineno)
print(next(g), g.gi_yieldfrom.gi_frame.f_lineno)
print(list(g), g.gi_frame, g.gi_suspended, g.gi_yieldfrom, g.gi_running)


def watcher():
    me = yield
    print("inside", me.gi_running, me.gi_suspended, me.gi_frame is not None)
    yield "done"


w = watcher()
next(w)
print(w.send(w))
w.close()
print(w.gi_frame, w.gi_suspended)
unstarted = numbers()
unstarted.close()
print(unstarted.gi_frame, unstarted.gi_suspended)


def failing():
    yield 1
    raise ValueError("boom")


f = failing()
next(f)
try:
    next(f)
except ValueError:
    print("raised", f.gi_frame, f.gi_running, f.gi_suspended)

squares = (x * x for x in range(3))
print(squares.gi_code.co_name, squares.gi_frame is not None, next(squares), squares.gi_suspended)


def decorate(fn):
    return fn


@decorate
def decorated():
    yield 1


print(decorated().gi_frame.f_lineno == decorated.__code__.co_firstlineno)


class Awaitable:
    def __await__(self):
        yield "paused"
        return 7


async def inner():
    return await Awaitable()


async def outer():
    value = await inner()
    return value


c = outer()
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_origin)
print(type(c.cr_frame).__name__, c.cr_frame.f_lineno == outer.__code__.co_firstlineno)
print(c.send(None), c.cr_suspended, c.cr_running, type(c.cr_await).__name__, c.cr_frame.f_lineno)
try:
    c.send(None)
except StopIteration as stop:
    print("result", stop.value)
print(c.cr_frame, c.cr_suspended, c.cr_await)


async def agen():
    yield 1


a = agen()
print(a.ag_running, a.ag_await, a.ag_code.co_name, a.ag_frame is not None, hasattr(a, "ag_suspended"))


async def leaf():
    return await Awaitable()


async def middle(box):
    box.append(leaf())
    return await box[-1]


box = []
top = middle(box)
top.send(None)
child = box[0]
print(top.cr_await is child, type(child.cr_await).__name__, child.cr_running, child.cr_suspended)
print(child.cr_frame.f_lineno, top.cr_frame.f_lineno, top.cr_running, top.cr_suspended)


async def await_twice(coro):
    await coro


other = await_twice(top)
try:
    other.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    top.send(None)
except StopIteration as stop:
    print("done", stop.value, child.cr_frame, child.cr_suspended, top.cr_await)
