# asynccontextmanager, aclosing, AsyncExitStack and nullcontext under async with.
import asyncio
from contextlib import AsyncExitStack, aclosing, asynccontextmanager, nullcontext


@asynccontextmanager
async def connection(name, log):
    await asyncio.sleep(0)
    log.append("open " + name)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        log.append("close " + name)


@asynccontextmanager
async def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


@asynccontextmanager
async def noyield():
    if False:
        yield


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers closed")


class AsyncResource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self

    async def __aexit__(self, *exc):
        print("aexit", self.name, exc[0])


async def main():
    log = []
    async with connection("db", log) as c:
        log.append("use " + c)
    print(log)
    try:
        async with connection("bad", log):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e, log[-1])
    async with swallow():
        raise KeyError("k")
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

    @connection("decorated", log)
    async def job(x):
        return x + 1

    print(await job(1), log[-3:])

    async with aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
    print("after aclosing")

    async with nullcontext("value") as v:
        print("nullcontext", v)

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(AsyncResource("a"))
        stack.enter_context(nullcontext())
        stack.callback(print, "sync callback")

        async def acb(msg):
            print("async callback", msg)

        stack.push_async_callback(acb, "hi")
        await stack.enter_async_context(AsyncResource("b"))
        print("body", a.name)

    async def suppress_all(*exc):
        return True

    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppress_all)
        stack.push_async_exit(AsyncResource("pushed"))
        raise OSError("suppressed")
    print("after suppression")

    async with AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(42)
        except TypeError as e:
            print(e)
        moved = stack.pop_all()
    await moved.aclose()
    async with connection("final", log):
        raise LookupError("uncaught")


asyncio.run(main())
