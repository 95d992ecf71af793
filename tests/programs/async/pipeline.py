# A small asyncio application: a crawler-like pipeline with a bounded queue, a semaphore
# limiting concurrency, per-item timeouts, a shared lock-protected counter, an event to
# stop, and results gathered in order.
import asyncio

FAKE_LATENCY = {"a": 0, "b": 2, "c": 1, "d": 5, "e": 0, "f": 3, "g": 9, "h": 1}


class Stats:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.done = 0
        self.failed = 0

    async def record(self, ok):
        async with self.lock:
            await asyncio.sleep(0)
            if ok:
                self.done += 1
            else:
                self.failed += 1


async def fetch(name):
    for _ in range(FAKE_LATENCY[name]):
        await asyncio.sleep(0)
    if name == "g":
        await asyncio.sleep(1)
    if name == "f":
        raise ConnectionError("refused: " + name)
    return name.upper() * 2


async def worker(wid, queue, limit, stats, results):
    while True:
        name = await queue.get()
        if name is None:
            queue.task_done()
            print("worker", wid, "stops")
            return wid
        async with limit:
            print("worker", wid, "fetches", name)
            try:
                body = await asyncio.wait_for(fetch(name), timeout=0.05)
                results[name] = body
                await stats.record(True)
                print("worker", wid, "got", name, body)
            except (ConnectionError, asyncio.TimeoutError) as e:
                results[name] = type(e).__name__
                await stats.record(False)
                print("worker", wid, "failed", name, type(e).__name__)
        queue.task_done()


async def producer(queue, names, n_workers):
    for name in names:
        await queue.put(name)
        print("queued", name, "size", queue.qsize())
    for _ in range(n_workers):
        await queue.put(None)


async def main():
    queue = asyncio.Queue(maxsize=3)
    limit = asyncio.Semaphore(2)
    stats = Stats()
    results = {}
    names = list(FAKE_LATENCY)
    workers = [asyncio.create_task(worker(i, queue, limit, stats, results)) for i in range(3)]
    await producer(queue, names, len(workers))
    await queue.join()
    print("stopped:", await asyncio.gather(*workers))
    print("done", stats.done, "failed", stats.failed)
    for name in names:
        print(name, results[name])

    stop = asyncio.Event()
    ticks = []

    async def ticker():
        while not stop.is_set():
            ticks.append(len(ticks))
            await asyncio.sleep(0)

    t = asyncio.create_task(ticker())
    for _ in range(5):
        await asyncio.sleep(0)
    stop.set()
    await t
    print("ticks", ticks)


asyncio.run(main())
