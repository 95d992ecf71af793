# Cancelling tasks: before they start, while they sleep, while they await another task or
# a future; catching CancelledError, cancelling with a message, uncancel/cancelling.
import asyncio


async def sleepy(name, delay):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        print(name, "finished sleeping")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(e))
        raise
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancellation")
    await asyncio.sleep(0)
    return "stubborn result"


async def main():
    t = asyncio.create_task(sleepy("never-started", 1))
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting it raises CancelledError")
    print(t.cancelled(), t.done(), t.cancel())

    t = asyncio.create_task(sleepy("sleeper", 1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", repr(e))

    t = asyncio.create_task(sleepy("with message", 1))
    await asyncio.sleep(0)
    t.cancel("because")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(t.cancelling())
    print(await t, t.cancelled())
    print(t.uncancel(), t.cancelling())

    inner = asyncio.create_task(sleepy("inner", 1))

    async def outer():
        try:
            return await inner
        finally:
            print("outer finally")

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled; inner cancelled too:", inner.cancelled())

    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    async def waits_for_future():
        return await fut

    w = asyncio.create_task(waits_for_future())
    await asyncio.sleep(0)
    print(fut.cancel(), fut.cancelled())
    try:
        await w
    except asyncio.CancelledError:
        print("future cancelled under the task")

    try:
        fut.result()
    except asyncio.CancelledError:
        print("result() of a cancelled future raises")
    try:
        fut.exception()
    except asyncio.CancelledError:
        print("exception() of a cancelled future raises")

    async def cancel_self():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
        print("not reached")

    try:
        await asyncio.create_task(cancel_self())
    except asyncio.CancelledError:
        print("a task can cancel itself")

    print(issubclass(asyncio.CancelledError, BaseException))
    print(issubclass(asyncio.CancelledError, Exception))
    print(asyncio.CancelledError.__module__, asyncio.CancelledError.__name__)

    gathered = asyncio.gather(sleepy("g1", 1), sleepy("g2", 1))
    await asyncio.sleep(0)
    print(gathered.cancel())
    try:
        await gathered
    except asyncio.CancelledError:
        print("gather cancelled")

    async def catcher():
        try:
            await asyncio.gather(sleepy("c1", 0.001), sleepy("c2", 1))
        except asyncio.CancelledError:
            print("catcher saw the cancellation")
            return "caught"

    c = asyncio.create_task(catcher())
    await asyncio.sleep(0.01)
    c.cancel()
    print(await c)


asyncio.run(main())
