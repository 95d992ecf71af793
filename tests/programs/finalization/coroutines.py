# Coroutines and asynchronous generators dropped while suspended are closed when the
# collector finds them unreachable (outside an event loop: no finalizer hook).
import gc


class Step:
    def __await__(self):
        yield "suspended"


async def task(name):
    try:
        await Step()
        print("not reached")
    finally:
        print("finally of task", name)


def start_task():
    coro = task("one")
    print("yielded", coro.send(None))


start_task()
gc.collect()


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("finally of async generator")


def start_agen():
    agen = numbers()
    try:
        agen.__anext__().send(None)
    except StopIteration as stop:
        print("first value", stop.value)


start_agen()
gc.collect()
print("end")
