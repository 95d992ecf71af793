# A generator dropped while suspended in a try block is closed when the collector finds it
# unreachable: its finally runs, and an except GeneratorExit sees the exit.
import gc


def numbers(label):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", label)


def watcher():
    try:
        yield "watching"
    except GeneratorExit:
        print("watcher saw GeneratorExit")
        raise


def take_one(gen):
    print("took", next(gen))


take_one(numbers("first"))
gc.collect()
print("after collect")
take_one(watcher())
gc.collect()


def outer():
    yield from numbers("inner of outer")


take_one(outer())
gc.collect()


def plain():
    yield 1
    yield 2


take_one(plain())
finished = numbers("finished")
print(list(finished))
gc.collect()
print("end")
