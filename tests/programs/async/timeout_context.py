# asyncio.timeout / timeout_at: the block is cancelled at the deadline and TimeoutError
# raised as it exits; reschedule, expired, nesting, and catching inside the block.
import asyncio


async def main():
    async with asyncio.timeout(1) as t:
        await asyncio.sleep(0.001)
        print("finished in time", t.expired())
    print(t.expired())

    try:
        async with asyncio.timeout(0.01) as t:
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__, t.expired())

    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("the block sees CancelledError")
                raise
    except TimeoutError:
        print("and the caller TimeoutError")

    async with asyncio.timeout(None) as t:
        print(t.when())
        t.reschedule(asyncio.get_running_loop().time() + 1)
        print(t.when() is not None)
        await asyncio.sleep(0)

    try:
        async with asyncio.timeout(1) as t:
            t.reschedule(asyncio.get_running_loop().time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")

    try:
        async with asyncio.timeout(0.01):
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout fired through the inner one")

    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(1)
    except TimeoutError:
        print("past deadline fires at once")

    t = asyncio.timeout(1)
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
