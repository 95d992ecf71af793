# TaskGroup: waits for its tasks; a failing task cancels the others and the body, and the
# errors come out together as an ExceptionGroup.
import asyncio


async def ok(n):
    try:
        await asyncio.sleep(0.005 * n)
        print("ok", n)
        return n
    except asyncio.CancelledError:
        print("ok", n, "cancelled")
        raise


async def bad(n):
    await asyncio.sleep(0.005 * n)
    raise ValueError(f"bad {n}")


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok(1))
        t2 = tg.create_task(ok(2), name="second")
        print(repr(tg))
    print(t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(5))
            tg.create_task(bad(1))
            tg.create_task(bad(3))
            print("body done")
    except Exception as e:
        print(type(e).__name__, e, e.exceptions, isinstance(e, Exception))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(1))
            raise KeyError("body")
    except Exception as e:
        print(type(e).__name__, e, e.exceptions)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            await asyncio.sleep(1)
            print("not reached")
    except Exception as e:
        print("the body was cancelled:", type(e).__name__, e.exceptions)

    tg = asyncio.TaskGroup()
    coro = ok(1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
