# as_completed: results in completion order, exceptions, timeout, and its type check.
# (Delays 50 ms apart, so that a loaded machine keeps the order.)
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    if name == "bad":
        raise ValueError(name)
    return name


async def main():
    for f in asyncio.as_completed([work("c", 0.15), work("a", 0.05), work("b", 0.1)]):
        print(await f)
    try:
        for f in asyncio.as_completed([work("bad", 0.01)]):
            await f
    except ValueError as e:
        print("ValueError", e)
    try:
        for f in asyncio.as_completed([work("slow", 1), work("fast", 0.001)], timeout=0.3):
            print(await f)
    except asyncio.TimeoutError:
        print("timeout")
    coro = work("x", 0)
    try:
        for f in asyncio.as_completed(coro):
            pass
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    print(type(asyncio.as_completed([])).__name__)


asyncio.run(main())
