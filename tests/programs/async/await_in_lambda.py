async def f():
    return lambda: await g()


print("never printed")
