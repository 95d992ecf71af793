# Tutorial: counters and accumulators built from closures with nonlocal.
def make_counter(start=0, step=1):
    n = start
    def counter():
        nonlocal n
        current = n
        n += step
        return current
    return counter

c = make_counter()
print(c(), c(), c())
evens = make_counter(0, 2)
down = make_counter(10, -3)
print([evens() for _ in range(5)], [down() for _ in range(4)])

# An accumulator in the style of Paul Graham's challenge.
def foo(n):
    def acc(i):
        nonlocal n
        n += i
        return n
    return acc

a = foo(5)
print(a(10), a(10), a(0.5))
b = foo(1)
print(b(1), a(0))

# A running total with history and reset, as a dict of closures.
def make_accumulator():
    total = 0
    history = []
    def add(v):
        nonlocal total
        total += v
        history.append(v)
        return total
    def undo():
        nonlocal total, history
        if history:
            total -= history[-1]
            history = history[:-1]
        return total
    def reset():
        nonlocal total, history
        total = 0
        history = []
    def state():
        return total, history
    return add, undo, reset, state

add, undo, reset, state = make_accumulator()
for v in [5, 10, 20]:
    add(v)
print(state())
print(undo(), undo(), state())
reset()
print(state(), add(7), state())

# Counting words into a dict kept in a closure.
def make_tally():
    counts = {}
    def tally(word):
        counts[word] = counts.get(word, 0) + 1
        return counts
    return tally

t = make_tally()
for w in ["a", "b", "a", "c", "a", "b"]:
    result = t(w)
print(result)

# Independent counters do not interfere.
counters = [make_counter(i * 100) for i in range(3)]
for _ in range(2):
    print([k() for k in counters])
