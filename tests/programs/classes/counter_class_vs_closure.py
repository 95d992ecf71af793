# Checks a class-based counter with __call__ beside a closure-based counter: same behaviour.
class Counter:
    def __init__(self, start=0, step=1):
        self.count = start
        self.step = step

    def __call__(self):
        self.count += self.step
        return self.count

    def reset(self):
        self.count = 0

def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = 0
    return counter, reset

c1 = Counter()
f1, r1 = make_counter()
print([c1() for _ in range(3)], [f1() for _ in range(3)])
c2 = Counter(10, 5)
f2, r2 = make_counter(10, 5)
print(c2(), c2(), f2(), f2())
print(c1(), f1())
c1.reset()
r1()
print(c1(), f1())

# State is inspectable in different ways.
print(c2.count, c2.step)
print(f2.__code__.co_freevars, [c.cell_contents for c in f2.__closure__])

# Both are callable; only one is a function.
print(callable(c1), callable(f1), type(c1).__name__, type(f1).__name__)
print(isinstance(c1, Counter), f1.__name__, f1.__qualname__)

# External code can poke the state of either.
c2.count = 0
f2.__closure__[0].cell_contents = 0
print(c2(), f2())

# Independent instances and independent closures.
counters = [Counter(i) for i in range(3)]
closures = [make_counter(i)[0] for i in range(3)]
print([c() for c in counters], [f() for f in closures])
print([c() for c in counters], [f() for f in closures])
