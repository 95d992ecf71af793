# An exception in a callback is reported and the loop goes on.
import asyncio


def cb(n):
    print("callback", n)
    raise ZeroDivisionError("in callback %d" % n)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    loop.call_later(0.001, cb, 2)
    await asyncio.sleep(0.005)
    print("main done")


asyncio.run(main())
