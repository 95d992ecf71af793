# An exception raised by asyncio.run's main coroutine propagates out of asyncio.run.
import asyncio


async def helper():
    await asyncio.sleep(0)
    raise ValueError("main failed")


async def main():
    print("main starts")
    await helper()


print("before")
asyncio.run(main())
print("not reached")
