async def f():
    pass


async with f():
    pass
