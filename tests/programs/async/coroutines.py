# Coroutines driven by hand: await chains, send/throw/close, attributes, errors.


def run(coro):
    try:
        while True:
            x = coro.send(None)
            print("yielded", x)
    except StopIteration as e:
        return e.value


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield ("ready", self.v)
        return self.v * 2


async def add(a, b):
    x = await Ready(a)
    return x + b


async def chain(n):
    total = 0
    for i in range(n):
        total += await add(i, 1)
    return total


print(run(chain(3)))

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(repr(c).startswith("<coroutine object add at 0x"))
print(c.send(None))
print(type(c.cr_await).__name__)
try:
    c.send(10)
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


class Box:
    async def method(self):
        async def nested():
            return 1

        n = nested()
        print(n.__qualname__)
        return await n


print(run(Box().method()))


async def catcher():
    try:
        await Ready(1)
    except ValueError as e:
        print("caught", e)
        return "handled"


c = catcher()
c.send(None)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)


async def deep():
    return await catcher()


c = deep()
c.send(None)
try:
    c.throw(ValueError("thrown through two levels"))
except StopIteration as e:
    print("stop", e.value)

c = add(1, 1)
try:
    c.throw(KeyError("not started"))
except KeyError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def closer():
    try:
        await Ready(1)
    finally:
        print("closing")


c = closer()
c.send(None)
print(c.close())
print(c.close())
c = closer()
print(c.close())


async def stubborn():
    try:
        await Ready(1)
    except GeneratorExit:
        await Ready(2)


c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)


async def bad():
    await 1


try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)


class BadAwait:
    def __await__(self):
        return 5


async def bad2():
    await BadAwait()


try:
    run(bad2())
except TypeError as e:
    print(type(e).__name__, e)


class CoroAwait:
    def __await__(self):
        self.coro = inner()
        return self.coro


async def bad3(awaitable):
    await awaitable


async def inner():
    return 7


awaitable = CoroAwait()
try:
    run(bad3(awaitable))
except TypeError as e:
    print(type(e).__name__, e)
awaitable.coro.close()


async def twice():
    c = inner()
    print(await c)
    await c


try:
    run(twice())
except RuntimeError as e:
    print(type(e).__name__, e)


async def stop_inside():
    raise StopIteration(3)


try:
    run(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)

c = inner()
try:
    c.send(1)
except TypeError as e:
    print(type(e).__name__, e)
c.close()


class Wrapper:
    def __await__(self):
        return inner().__await__()


async def wrapped():
    return await Wrapper()


print(run(wrapped()))


class IterAwait:
    def __await__(self):
        return iter([1, 2])


async def iter_await():
    return await IterAwait()


print(run(iter_await()))


async def self_await():
    await me


me = self_await()
try:
    run(me)
except ValueError as e:
    print(type(e).__name__, e)
