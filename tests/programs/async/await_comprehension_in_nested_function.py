async def f(items):
    def g():
        return [await x for x in items]

    return g


print("never printed")
