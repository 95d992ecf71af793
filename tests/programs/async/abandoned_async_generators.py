# Leaving an async for over an asynchronous generator early frees the generator in CPython,
# which has it closed: by a task of the running loop, or at once without a loop.
import asyncio

async def ticker(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(name, "closed")

async def find(target):
    async for t in ticker("find"):
        if t == target:
            return t
    return None

async def main():
    async for t in ticker("loop"):
        if t == 3:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep")
    print(await find(2))
    print("after find")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")
    async for t in ticker("at end"):
        if t == 1:
            break
    print("main returns")

asyncio.run(main())

async def plain():
    async for t in ticker("no loop"):
        if t == 1:
            break
    print("plain after break")

c = plain()
try:
    while True:
        c.send(None)
except StopIteration:
    pass
