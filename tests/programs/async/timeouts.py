# wait_for (timeouts, cleanup order, non-positive timeouts), shield, wait.
import asyncio


async def work(name, delay, result=None):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return result if result is not None else name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleanup")


async def main():
    print(await asyncio.wait_for(work("fast", 0.001), timeout=1))
    try:
        await asyncio.wait_for(work("slow", 1), 0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError:", type(e).__name__, repr(e), type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(work("zero", 1), 0)
    except TimeoutError:
        print("timeout 0")
    print(await asyncio.wait_for(work("no timeout", 0), None))

    t = asyncio.create_task(work("task", 0.001, "task result"))
    await asyncio.sleep(0.005)
    print(await asyncio.wait_for(t, 0))

    async def raises():
        await asyncio.sleep(0)
        raise KeyError("inner")

    try:
        await asyncio.wait_for(raises(), 1)
    except KeyError as e:
        print("KeyError", e)

    async def ignores_cancel():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("ignoring cancellation")
            return "ignored"

    print(await asyncio.wait_for(ignores_cancel(), 0.01))

    inner = asyncio.create_task(work("shielded", 0.01))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except asyncio.TimeoutError:
        print("shield timed out; inner cancelled?", inner.cancelled())
    print(await inner)

    tasks = [asyncio.create_task(work("w%d" % i, 0.01 * (i + 1))) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), sorted(t.result() for t in done))
    slow = asyncio.create_task(work("wslow", 1))
    done, pending = await asyncio.wait([slow], timeout=0.005)
    print(len(done), len(pending))
    slow.cancel()
    await asyncio.sleep(0)

    async def failing(delay):
        await asyncio.sleep(delay)
        raise ValueError(delay)

    fs = [asyncio.create_task(failing(0.001)), asyncio.create_task(work("w_ok", 0.02))]
    done, pending = await asyncio.wait(fs, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
