# The same job done twice: a running average as a class and as a closure.
# A class keeps its state in instance attributes; a closure keeps it in the
# cells of the variables it captures. Both can be called like functions.

class Averager:
    def __init__(self):
        self.total = 0
        self.count = 0

    # __call__ lets an instance be called like a function: avg(10).
    def __call__(self, value):
        self.total += value
        self.count += 1
        return self.total / self.count


def make_averager():
    total = 0
    count = 0

    def averager(value):
        # Rebinding captured numbers needs nonlocal (numbers are immutable).
        nonlocal total, count
        total += value
        count += 1
        return total / count

    return averager


obj = Averager()
fn = make_averager()
for v in [10, 11, 12, 15]:
    print("add %2d -> class %.2f, closure %.2f" % (v, obj(v), fn(v)))

# Where the state lives:
print("class state:  ", obj.total, obj.count)
print("closure state:", fn.__code__.co_freevars, [c.cell_contents for c in fn.__closure__])
print("both callable:", callable(obj), callable(fn))
