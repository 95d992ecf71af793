# wait_for's TimeoutError, uncaught.
import asyncio


async def main():
    await asyncio.wait_for(asyncio.sleep(1), 0.001)


asyncio.run(main())
