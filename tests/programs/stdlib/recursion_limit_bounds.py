# sys.setrecursionlimit accepts what fits a C int, as CPython does.
import sys
for n in [2**31 - 1, 2**31, 2**40, 0]:
    try:
        sys.setrecursionlimit(n)
        print("set", sys.getrecursionlimit())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
