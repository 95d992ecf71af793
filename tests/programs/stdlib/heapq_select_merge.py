# heapq.nlargest / nsmallest (with key) and merge (with key, reverse).
import heapq


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed % 1000


gen = lcg(3)
data = [next(gen) for _ in range(40)]
for n in [0, 1, 3, 10, 40, 50, -2]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data), key=lambda v: v % 7))
    print(n, heapq.nlargest(n, iter(data), key=lambda v: -(v % 13)))

print(heapq.nsmallest(3, []), heapq.nlargest(1, []), heapq.nlargest(2, iter([])))
print(heapq.nlargest(2, {"a": 3, "b": 1, "c": 2}, key={"a": 3, "b": 1, "c": 2}.get))

people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19), ("eve", 25), ("fay", 40)]
print(heapq.nlargest(3, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, (p for p in people), key=lambda p: p[1]))
print(heapq.nsmallest(4, (p for p in people), key=lambda p: p[1]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"  {self.v}<{other.v}", end="")
        return self.v < other.v

    def __eq__(self, other):
        print(f"  {self.v}=={other.v}", end="")
        return self.v == other.v

    def __repr__(self):
        return f"L{self.v}"


louds = [Loud(v) for v in [5, 2, 8, 2, 9, 1, 7]]
print(heapq.nsmallest(3, iter(louds)))
print(heapq.nlargest(3, iter(louds)))
print(heapq.nsmallest(1, louds))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge([1, 2, 3])))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 3, 1], [8, 6, 2], [9, 4, 0], reverse=True)))
print(list(heapq.merge(["kangaroo", "fish"], ["horse", "dog", "ox"], key=len, reverse=True)))
print(list(heapq.merge([(1, "b"), (1, "a")], [(1, "a"), (2, "z")])))
a = [Loud(1), Loud(4), Loud(6)]
b = [Loud(2), Loud(4), Loud(5)]
print(list(heapq.merge(a, b)))
print()

m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))


def source(name, items):
    for x in items:
        print(f"  {name} gives {x}")
        yield x


print(list(heapq.merge(source("a", [1, 5]), source("b", [2, 3, 9]), key=lambda v: v)))

try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print("TypeError", e)

list(heapq.merge([1, 2], ["x", "y"]))
