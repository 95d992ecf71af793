# Asynchronous generators driven by hand: __anext__, asend, athrow, aclose, aiter/anext.


def run(coro):
    try:
        while True:
            x = coro.send(None)
            print("  suspended:", x)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        received = yield "tick"
        return received


async def counter(n):
    try:
        for i in range(n):
            await Tick()
            got = yield i
            if got is not None:
                print("asend got", got)
    finally:
        print("counter finally")


async def echo():
    value = None
    while True:
        try:
            value = yield value
        except ValueError as e:
            value = "caught " + str(e)


async def main():
    g = counter(3)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(repr(g).startswith("<async_generator object counter at 0x"))
    print(g.__aiter__() is g)
    a = g.__anext__()
    print(type(a).__name__)
    print(await a)
    try:
        await a
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await g.asend("hello"))
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("again StopAsyncIteration")

    e = echo()
    print(await e.asend(None))
    print(await e.asend(1))
    print(await e.athrow(ValueError("v")))
    print(await e.athrow(ValueError, "w"))
    print(await e.aclose())
    try:
        await e.asend(2)
    except StopAsyncIteration:
        print("closed echo raises StopAsyncIteration")

    g = counter(5)
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())

    g = counter(5)
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print(type(e).__name__, e)

    g = counter(2)
    try:
        await g.athrow(ValueError("unstarted"))
    except ValueError as e:
        print(type(e).__name__, e)
    print(await g.athrow(ValueError("finished")))

    g = counter(2)
    print(await anext(g), await anext(g), await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("anext: StopAsyncIteration")
    print(aiter(g) is g)
    try:
        aiter(1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        anext([])
    except TypeError as e:
        print(type(e).__name__, e)
    print(type(anext(counter(1), 0)).__name__ in ("anext_awaitable", "coroutine"))

    async def ignores_exit():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)

    async def raises_stop():
        yield 1
        raise StopAsyncIteration

    g = raises_stop()
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print(type(e).__name__, e)

    async def returns_early():
        yield 1
        return

    print([x async for x in returns_early()])
    return "done"


print(run(main()))


async def consume():
    g = counter(2)
    results = []
    async for x in g:
        results.append(x)
    return results


print(run(consume()))
