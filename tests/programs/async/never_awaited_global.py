# A coroutine still referenced at exit is warned of as the interpreter shuts down.
async def work():
    print("never printed")


pending = work()
print(type(pending).__name__)
