# bisect: searches, insertion, lo/hi bounds, key functions, errors.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 20]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_left(a, 2, 5), bisect_right(a, 8, 0, 6), bisect_right(a, 8, hi=7))
print(bisect_left(a, 2, 0, -1), bisect_left(a, 2, 0, -2), bisect_right(a, 2, 4, 1), bisect_left(a, 8, lo=3, hi=None))
print(bisect_left([], 1), bisect_right([], 1), bisect_left((1, 3, 5), 4), bisect_right("aceg", "d"))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("ann", 19), ("bob", 25), ("cid", 25), ("dee", 31), ("eve", 40)]
age = lambda r: r[1]
print(bisect_left(records, 25, key=age), bisect_right(records, 25, key=age))
print(bisect_left(records, 26, key=age), bisect_right(records, 100, key=age), bisect_left(records, 0, key=age))
insort(records, ("fay", 25), key=age)
insort_left(records, ("gus", 25), key=age)
insort_right(records, ("hal", 50), key=age)
print(records)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(b, x)
print(b)
c = []
for x in [3.0, 3, 1, 1.0, 3]:
    insort_left(c, x)
print(c)
d = []
for x in [3.0, 3, 1, 1.0, 3]:
    insort_right(d, x)
print(d)
e = [0, 10, 20, 30]
insort(e, 99, 1, 2)
insort_left(e, -5, 2)
print(e)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}<{other.v}", end="")
        return self.v < other.v

    def __repr__(self):
        return f"L{self.v}"


louds = [Loud(v) for v in range(0, 30, 3)]
print(bisect_left(louds, Loud(10)))
print(bisect_right(louds, Loud(9)))
insort(louds, Loud(4))
print()
print(louds)


def key_trace(item):
    print(f"  key({item})", end="")
    return item * 10


print(bisect_left([1, 2, 3, 4, 5], 35, key=key_trace))
nums = [1, 2, 3, 4, 5]
insort(nums, 3, key=key_trace)
print(nums)


class Sorted(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


s = Sorted([1, 3, 5])
insort(s, 4)
insort_left(s, 0)
print(s)

for call in [
    lambda: bisect_left([1], 1, -1),
    lambda: insort([1], 1, -3),
    lambda: bisect_right([1], 1, "a"),
    lambda: bisect_left([1], 1, 0, "a"),
    lambda: bisect_left([1], 1, 0, 2.0),
    lambda: bisect_right([1], 1, lo=None),
    lambda: bisect_left(5, 1),
    lambda: bisect_right([1, 2], 1, 0, 5),
    lambda: insort((1, 2), 1),
    lambda: bisect_left([1, "a"], 2),
    lambda: bisect_left(records, 3),
]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError, AttributeError) as exc:
        print(type(exc).__name__, exc)

bisect.insort_left([1, 2], 3, lo=-1)
