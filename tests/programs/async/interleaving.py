# The order in which several tasks run: ready callbacks in FIFO order, timers by deadline,
# done callbacks one loop iteration after completion, wakeups of awaiting tasks.
import asyncio

log = []


def say(*args):
    print(*args)


async def ticker(name, n):
    for i in range(n):
        say(name, i)
        await asyncio.sleep(0)
    say(name, "end")
    return name


async def sleeper(name, delay):
    say(name, "sleeps", delay)
    await asyncio.sleep(delay)
    say(name, "woke")
    return delay


async def awaiting(task, name):
    say(name, "awaits")
    result = await task
    say(name, "got", result)


async def main():
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 2))
    c = asyncio.create_task(awaiting(a, "c"))
    d = asyncio.create_task(awaiting(a, "d"))
    a.add_done_callback(lambda t: say("callback 1 of a", t.result()))
    a.add_done_callback(lambda t: say("callback 2 of a", t.result()))
    say("main before gather")
    print(await asyncio.gather(a, b, c, d))
    say("main after gather")

    timers = [asyncio.create_task(sleeper(n, dl)) for n, dl in [("s3", 0.03), ("s1", 0.01), ("s2", 0.02), ("s0", 0)]]
    print(await asyncio.gather(*timers))

    loop = asyncio.get_running_loop()
    loop.call_soon(say, "call_soon 1")
    h = loop.call_soon(say, "cancelled call_soon")
    loop.call_soon(say, "call_soon 2")
    h.cancel()
    print(h.cancelled())
    loop.call_later(0.02, say, "call_later 0.02")
    loop.call_later(0.01, say, "call_later 0.01")
    t = loop.call_later(0.005, say, "cancelled call_later")
    t.cancel()
    loop.call_at(loop.time() + 0.015, say, "call_at 0.015")
    say("main sleeps")
    await asyncio.sleep(0.03)
    say("main woke")

    async def nested(depth):
        if depth == 0:
            await asyncio.sleep(0)
            return 0
        say("nested", depth)
        return 1 + await nested(depth - 1)

    print(await asyncio.gather(nested(3), ticker("e", 2)))

    done_order = []
    async def quick(i):
        await asyncio.sleep(0)
        return i

    tasks = [asyncio.create_task(quick(i)) for i in range(4)]
    for t in tasks:
        t.add_done_callback(lambda t: done_order.append(t.result()))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(done_order)


asyncio.run(main())
