async def f():
    yield from [1, 2]


print("never printed")
