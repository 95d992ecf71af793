# Tasks of generators and other coroutine-likes, bad yields, a task awaiting itself,
# asynchronous generators used from two tasks, awaiting inside finally when cancelled.
import asyncio


async def agen():
    for i in range(3):
        await asyncio.sleep(0.005)
        yield i


class BadYield:
    def __await__(self):
        yield 5


async def bad_yield():
    await BadYield()


async def main():
    g = agen()
    t1 = asyncio.create_task(g.__anext__())
    await asyncio.sleep(0)
    try:
        await g.__anext__()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await t1)
    print(await g.aclose())
    try:
        await bad_yield()
    except RuntimeError as e:
        print("RuntimeError", e)
    t = asyncio.create_task(bad_yield())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError", e)

    async def self_await():
        await me
    me = asyncio.create_task(self_await())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError", str(e)[:28])

    async def cleanup_awaits():
        try:
            await asyncio.sleep(1)
        finally:
            print("finally start")
            await asyncio.sleep(0.001)
            print("finally end")
    c = asyncio.create_task(cleanup_awaits())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("cancelled after cleanup")

    async def inner():
        await asyncio.sleep(1)
    async def outer():
        await asyncio.gather(inner(), inner())
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled, gather children cancelled")

    async def gen_in_task():
        yield 1
    try:
        asyncio.create_task(gen_in_task())
    except TypeError as e:
        print("TypeError", e.args[0][:30])


asyncio.run(main())


def g():
    yield


async def ag():
    yield


class C:
    def send(self, v): raise StopIteration(7)
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): return iter([])


async def main2():
    def gen():
        yield
        return 5
    print(await asyncio.create_task(gen()))
    print(await asyncio.create_task(C()))
    a = ag()
    c = a.aclose()
    print(asyncio.iscoroutine(g()), asyncio.iscoroutine(a), asyncio.iscoroutine(C()), asyncio.iscoroutine(c))
    await c


asyncio.run(main2())


other_loop = asyncio.new_event_loop()
other_loop_future = other_loop.create_future()


async def awaits_other_loop():
    try:
        await other_loop_future
    except RuntimeError as e:
        print("RuntimeError", "attached to a different loop" in str(e))


asyncio.run(awaits_other_loop())
other_loop.close()
