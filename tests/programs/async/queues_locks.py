# Queue (maxsize, blocking put/get, task_done/join, nowait errors, LIFO and priority
# queues), Event, Lock, Semaphore, BoundedSemaphore, Condition.
import asyncio


async def producer(q, name, items):
    for item in items:
        await q.put(item)
        print(name, "put", item, "size", q.qsize())


async def consumer(q, name, count):
    got = []
    for _ in range(count):
        item = await q.get()
        print(name, "got", item)
        got.append(item)
        q.task_done()
        await asyncio.sleep(0)
    return got


async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    results = await asyncio.gather(
        producer(q, "p1", [1, 2, 3, 4]),
        producer(q, "p2", ["a", "b"]),
        consumer(q, "c1", 3),
        consumer(q, "c2", 3),
    )
    print(results)
    await q.join()
    print("joined", q.empty())
    q.put_nowait(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError", e)

    lifo = asyncio.LifoQueue()
    for i in range(4):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(4)])
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (5, "e"), (2, "x")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])

    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    print("getter cancelled", getter.cancelled())
    q.put_nowait("later")
    print(await q.get())


async def events():
    ev = asyncio.Event()
    print(ev.is_set())

    async def waiter(i):
        print("waiter", i, "waits")
        print("waiter", i, "got", await ev.wait())

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.set()
    print(ev.is_set())
    await asyncio.gather(*tasks)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())


async def locks():
    lock = asyncio.Lock()

    async def user(i):
        print("user", i, "wants the lock")
        async with lock:
            print("user", i, "has the lock", lock.locked())
            await asyncio.sleep(0.001)
        print("user", i, "released")

    await asyncio.gather(*(user(i) for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    sem = asyncio.Semaphore(2)

    async def limited(i):
        async with sem:
            print("limited", i, "in")
            for _ in range(3 - i % 3):
                await asyncio.sleep(0)
            print("limited", i, "out")

    await asyncio.gather(*(limited(i) for i in range(5)))
    print(sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)

    cond = asyncio.Condition()
    items = []

    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, "takes", items.pop(0))

    async def notifier():
        for n in range(3):
            await asyncio.sleep(0.005)
            async with cond:
                items.append(n)
                cond.notify()

    await asyncio.gather(consumer(0), consumer(1), consumer(2), notifier())
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)


async def main():
    await queues()
    await events()
    await locks()


asyncio.run(main())
