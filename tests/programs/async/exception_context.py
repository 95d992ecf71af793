# Each coroutine and generator has its own "exception being handled": suspending inside an
# except block neither leaks it to whoever runs next nor loses it on resumption.
import asyncio
import sys


def handled():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


async def a():
    try:
        raise ValueError("a")
    except ValueError:
        await asyncio.sleep(0.01)
        print("a still handles:", handled())
        try:
            raise IndexError("nested")
        except IndexError as e:
            print("a's nested context:", repr(e.__context__))


async def b():
    await asyncio.sleep(0)
    print("b handles:", handled())
    try:
        raise KeyError("b")
    except KeyError as e:
        print("b's context:", repr(e.__context__))


async def main():
    await asyncio.gather(a(), b())


asyncio.run(main())


def g():
    try:
        raise ValueError("g")
    except ValueError:
        yield 1
        print("g resumed, handling", handled())
    yield 2


it = g()
next(it)
print("outside:", handled())
try:
    raise KeyError("x")
except KeyError as e:
    print("context:", repr(e.__context__))
    print(next(it))
    print("after next, still handling:", handled())


def raises_inside():
    raise TypeError("in generator")
    yield


try:
    raise ValueError("consumer")
except ValueError:
    try:
        next(raises_inside())
    except TypeError as e:
        print("generator's exception context:", repr(e.__context__))
