# When main returns, asyncio.run cancels the tasks left (which may clean up), closes the
# asynchronous generators left open (this one stays referenced, so CPython does not
# finalize it earlier), and closes the loop; each run has a new loop.
import asyncio


async def forever(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        await asyncio.sleep(0)
        print(name, "cleanup can still await")
        raise
    finally:
        print(name, "finally")


async def ticks():
    try:
        for i in range(10):
            yield i
    finally:
        print("agen closed at shutdown")


open_generators = []


async def main():
    asyncio.create_task(forever("leftover"))
    g = ticks()
    open_generators.append(g)
    print(await g.__anext__())
    await asyncio.sleep(0)
    print("main returns")
    return asyncio.get_running_loop()


loop = asyncio.run(main())
print(loop.is_closed(), loop.is_running())


async def names():
    return asyncio.current_task().get_name()


print(asyncio.run(names()))
print(asyncio.run(asyncio.sleep(0, "sleep as main")))
try:
    asyncio.run(1)
except ValueError as e:
    print("ValueError", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
