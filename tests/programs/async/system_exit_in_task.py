# SystemExit raised in a task ends the program with its status.
import asyncio


async def main():
    print("exiting")
    raise SystemExit(3)


asyncio.run(main())
print("not reached")
