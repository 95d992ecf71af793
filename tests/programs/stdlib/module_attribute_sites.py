# Module attributes read and called at the same sites many times: the site caches must follow
# rebinding of module attributes, and names the program spells match the module's own keys.
import math

total = 0.0
for i in range(1, 2000):
    total += math.sqrt(i) + math.floor(i / 3) + math.pi
print(round(total, 6))


def area(r):
    return math.pi * r * r


print(area(2))
saved = math.pi
math.pi = 3
print(area(2), math.pi)
math.pi = saved
print(area(2))
math.sqrt, original = (lambda x: -x), math.sqrt
print([math.sqrt(v) for v in (4, 9)])
math.sqrt = original
print([math.sqrt(v) for v in (4, 9)])
math.extra = "added"
print(math.extra, hasattr(math, "extra"), getattr(math, "ex" + "tra"))
del math.extra
print(hasattr(math, "extra"))
try:
    math.nonexistent
except AttributeError as e:
    print(e)
