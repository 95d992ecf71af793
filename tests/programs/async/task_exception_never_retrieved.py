# A task whose exception nobody retrieves is reported on stderr; the program still ends
# normally.
import asyncio


async def fail():
    raise KeyError("lost")


async def ok():
    return 1


async def main():
    asyncio.create_task(fail())
    retrieved = asyncio.create_task(fail())
    asyncio.create_task(ok())
    await asyncio.sleep(0.001)
    print(type(retrieved.exception()).__name__)
    print("main done")


asyncio.run(main())
print("after run")
