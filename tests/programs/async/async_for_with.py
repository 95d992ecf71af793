# async for (else, break, continue), async with (exceptions, suppression, exits by
# return/break/continue), asynchronous comprehensions, and their error messages.


def run(coro):
    try:
        while True:
            x = coro.send(None)
            print("  suspended:", x)
    except StopIteration as e:
        return e.value


class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


class Counter:
    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > self.limit:
            raise StopAsyncIteration
        return self.n


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield "ready %d" % self.v
        return self.v


async def loops():
    async for x in agen(3):
        print("got", x)
    else:
        print("else runs")
    async for x in Counter(10):
        if x == 2:
            continue
        if x == 4:
            break
        print("loop", x)
    else:
        print("else skipped")
    async for a, b in pairs():
        print("pair", a, b)
    total = 0
    async for x in Counter(3):
        async for y in Counter(2):
            total += x * y
    print("total", total)


async def pairs():
    yield 1, 2
    yield 3, 4


async def comprehensions():
    print([x async for x in agen(3)])
    print([x * y async for x in Counter(2) for y in [10, 20]])
    print([y async for x in Counter(2) async for y in Counter(x)])
    print({x: x * x async for x in agen(2)})
    print({x async for x in Counter(4) if x % 2})
    print([await Ready(i) for i in range(3)])
    print([await Ready(x) async for x in Counter(2)])
    print([[y async for y in Counter(x)] for x in range(3)])
    print([x for x in await Ready(0) or [7, 8]])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    async for y in g:
        print("genexp", y)
    g2 = (await Ready(i) for i in range(2))
    print([x async for x in g2])


class ACM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        await Tick()
        return self.name.upper()

    async def __aexit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None, e)
        await Tick()
        return self.suppress


async def withs():
    async with ACM("a") as v:
        print("body", v)
    async with ACM("b", True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with ACM("c"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    for i in range(3):
        async with ACM("d%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
            print("in loop", i)
    async with ACM("x") as x, ACM("y") as y:
        print(x, y)
    try:
        async with ACM("outer"):
            async with ACM("inner", True):
                raise IndexError("inner only")
            raise IndexError("outer")
    except IndexError as e:
        print("caught", e)
    return await returning()


async def returning():
    async with ACM("r"):
        return "returned"


async def errors():
    try:
        async with None:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    class OnlyEnter:
        async def __aenter__(self):
            pass

    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    class SyncManager:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            pass

    try:
        async with SyncManager():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    class BadEnter:
        def __aenter__(self):
            return 1

        async def __aexit__(self, *a):
            pass

    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    class BadExit:
        async def __aenter__(self):
            pass

        def __aexit__(self, *a):
            return 2

    try:
        async with BadExit():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    class BadIter:
        def __aiter__(self):
            return 3

    try:
        async for x in BadIter():
            pass
    except TypeError as e:
        print(type(e).__name__, e)

    class BadNext:
        def __aiter__(self):
            return self

        def __anext__(self):
            return 3

    try:
        async for x in BadNext():
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print([x async for x in 5])
    except TypeError as e:
        print(type(e).__name__, e)

    async def failing():
        yield 1
        raise ValueError("inside the generator")

    try:
        async for x in failing():
            print("before failure", x)
    except ValueError as e:
        print(type(e).__name__, e)


run(loops())
run(comprehensions())
print(run(withs()))
run(errors())
