# Shipped modules are compiled apart from the program and linked: their globals, constants
# and module numbers must stay their own, next to the program's modules.
import heapq
import bisect
import textwrap
from string import *

print(heapq.ORIGIN)
h = []
heapq.heappush(h, 3)
print(h)
print(bisect.bisect([1, 2, 3], 2), bisect.bisect_left([1, 2, 3], 2))
print(ascii_lowercase[:5], capwords("hello big world"))
print(textwrap.fill("hello world " * 5, width=20))

import string
print(string.__name__, string.Template("$x!").substitute(x=1))
print(globals()["capwords"] is string.capwords)


def later():
    import copy
    return copy.deepcopy({"a": [1, 2]})


print(later())
string.Template("$missing").substitute()
