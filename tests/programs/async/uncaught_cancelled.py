# A main coroutine that is cancelled makes asyncio.run raise CancelledError, shown with
# its module.
import asyncio


async def main():
    print("cancelling myself")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("not reached")


asyncio.run(main())
