# The same counter written as a closure, a class and a generator, plus a running-average generator.
def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count

def counter_gen():
    count = 0
    while True:
        count += 1
        yield count

c1, c2, g = make_counter(), Counter(), counter_gen()
print([c1() for _ in range(3)], [c2() for _ in range(3)], [next(g) for _ in range(3)])

def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)
print([avg.send(v) for v in (10, 20, 30, 40)])

def pipeline(numbers):
    doubled = (n * 2 for n in numbers)
    filtered = (n for n in doubled if n % 3)
    for n in filtered:
        yield n, n ** 2

print(list(pipeline(range(8))))

def chunks(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]

print(list(chunks("abcdefgh", 3)), dict(enumerate(chunks([1, 2, 3, 4, 5], 2))))

def tree(depth, label="r"):
    yield label
    if depth:
        for side in "LR":
            yield from tree(depth - 1, label + side)

print(list(tree(2)))
