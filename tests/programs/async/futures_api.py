# Futures and tasks as objects: states, results and exceptions, done callbacks,
# InvalidStateError, ensure_future of awaitables, the loop API, introspection helpers.
import asyncio


def report(label, f):
    try:
        print(label, "result", f.result())
    except BaseException as e:
        print(label, type(e).__name__, e)


async def coro_function():
    return "coroutine result"


class Awaitable:
    def __await__(self):
        yield
        return "custom awaitable"


async def main():
    loop = asyncio.get_running_loop()
    print(asyncio.get_event_loop() is loop)
    fut = loop.create_future()
    print(type(fut).__name__, asyncio.isfuture(fut), fut.done(), fut.cancelled())
    report("pending", fut)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    fut.add_done_callback(lambda f: print("callback sees", f.result()))

    def removed(f):
        print("never called")

    fut.add_done_callback(removed)
    fut.add_done_callback(removed)
    print(fut.remove_done_callback(removed))
    fut.set_result(41)
    print(fut.done(), fut.result(), fut.exception())
    try:
        fut.set_result(42)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", type(e).__mro__[1].__name__)
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("late callback", f.result()))
    await asyncio.sleep(0)

    f2 = asyncio.Future()
    f2.set_exception(ValueError("bad"))
    report("failed", f2)
    print(type(f2.exception()).__name__)
    f3 = loop.create_future()
    f3.set_exception(KeyError)
    print(repr(f3.exception()))
    try:
        f3.set_exception(StopIteration())
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__)
    f4 = loop.create_future()
    try:
        f4.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    f4.cancel()

    f5 = loop.create_future()
    loop.call_later(0.001, f5.set_result, "set later")
    print(await f5)

    t = asyncio.ensure_future(coro_function())
    print(type(t).__name__, asyncio.isfuture(t))
    print(await t)
    print(await asyncio.ensure_future(Awaitable()))
    print(asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future(3)
    except TypeError as e:
        print("TypeError", e)

    c = coro_function()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_function))
    c.close()
    print(asyncio.iscoroutinefunction(coro_function), asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(report))

    async def named():
        return asyncio.current_task().get_name()

    t1 = asyncio.create_task(named(), name="custom name")
    t2 = asyncio.create_task(named())
    print(await t1, (await t2).startswith("Task-"))
    t1.set_name("renamed")
    print(t1.get_name())
    print(asyncio.current_task() in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print(type(t1.get_coro()).__name__)
    try:
        t1.set_result(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        asyncio.create_task(3)
    except TypeError as e:
        print("TypeError", e)
    print(isinstance(t1, asyncio.Task), isinstance(t1, asyncio.Future), isinstance(fut, asyncio.Task))

    results = []
    t3 = asyncio.create_task(coro_function())
    t3.add_done_callback(lambda t: results.append(t.result()))
    await t3
    await asyncio.sleep(0)
    print(results)

    print(await asyncio.gather())
    print(await asyncio.gather(fut, fut, coro_function()))


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(coro_function()))
print(loop.run_until_complete(asyncio.sleep(0.001, "sleep result")))
task = loop.create_task(coro_function())
print(loop.run_until_complete(task), task.done())
loop.close()
print(loop.is_closed())
s = asyncio.sleep(0)
try:
    loop.run_until_complete(s)
except RuntimeError as e:
    print("RuntimeError", e)
s.close()
