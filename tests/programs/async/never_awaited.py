# A coroutine that is never awaited is harmless, but CPython warns of it on stderr when
# it frees it.
import asyncio


async def work():
    print("never printed")


async def main():
    work()
    print("forgot to await")
    closed = work()
    closed.close()
    await asyncio.sleep(0)


asyncio.run(main())
print("done")
