def f(items):
    return [x async for x in items]


print("never printed")
