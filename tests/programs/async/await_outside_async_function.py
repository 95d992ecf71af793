def f():
    return await g()


print("never printed")
