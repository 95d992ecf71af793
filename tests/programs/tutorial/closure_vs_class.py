# Tutorial: a closure and a class doing the same job (a running average).
class Averager:
    def __init__(self):
        self.series = []

    def __call__(self, value):
        self.series.append(value)
        return sum(self.series) / len(self.series)

def make_averager():
    series = []
    def averager(value):
        series.append(value)
        return sum(series) / len(series)
    return averager

def make_fast_averager():
    count = 0
    total = 0
    def averager(value):
        nonlocal count, total
        count += 1
        total += value
        return total / count
    return averager

obj = Averager()
clo = make_averager()
fast = make_fast_averager()
for v in [10, 11, 12, 15]:
    print(obj(v), clo(v), fast(v))

# Where does the state live?
print(obj.series)
print(clo.__code__.co_freevars, clo.__closure__[0].cell_contents)
print(fast.__code__.co_freevars, [c.cell_contents for c in fast.__closure__])

# Both are callable and can be used interchangeably.
def feed(avg, values):
    result = None
    for v in values:
        result = avg(v)
    return result

print(feed(Averager(), [1, 2, 3]), feed(make_averager(), [1, 2, 3]), feed(make_fast_averager(), [1, 2, 3]))
print(callable(obj), callable(clo), type(obj).__name__, type(clo).__name__)
