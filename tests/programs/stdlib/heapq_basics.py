# heapq: push/pop/heapify/replace/pushpop, priority queues, errors.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed % 100


gen = lcg(7)
data = [next(gen) for _ in range(30)]
print("data", data)

h = []
for x in data:
    heappush(h, x)
print("pushed", h)
print("sorted", [heappop(h) for _ in range(len(h))])

h = list(data)
heapify(h)
print("heapified", h)
print("replace", heapreplace(h, 50), h[:7])
print("pushpop small", heappushpop(h, -1), h[:5])
print("pushpop big", heappushpop(h, 1000), h[:5])
print("pushpop empty", heappushpop([], 3))
print(heapq.__all__)


class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.prio < other.prio

    def __repr__(self):
        return f"Task({self.prio}, {self.name!r})"


tasks = [Task(3, "c"), Task(1, "a"), Task(4, "d"), Task(1, "a2"), Task(5, "e"), Task(9, "i"), Task(2, "b")]
print("heapify tasks")
heapify(tasks)
print(tasks)
print("push")
heappush(tasks, Task(0, "z"))
print("pop")
print(heappop(tasks))
print("replace")
print(heapreplace(tasks, Task(6, "f")))
print("pushpop")
print(heappushpop(tasks, Task(2, "b2")))
print(tasks)

# Priority queue with (priority, count, item) entries.
pq = []
for i, (p, what) in enumerate([(2, "write"), (1, "read"), (3, "exec"), (1, "stat")]):
    heappush(pq, (p, i, what))
while pq:
    print(heappop(pq))

# Tuples and strings heapify the same way.
words = "the quick brown fox jumps over the lazy dog".split()
heapify(words)
print(words)
print([heappop(words) for _ in range(4)])

for call in [
    lambda: heappop([]),
    lambda: heapreplace([], 1),
    lambda: heappush((1, 2), 3),
    lambda: heappop("abc"),
    lambda: heapify((3, 1)),
    lambda: heappushpop(None, 1),
    lambda: heapreplace({}, 1),
    lambda: heappush([1, "a"], 2),
]:
    try:
        call()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

mixed = [3, 1, None]
heapify(mixed)
