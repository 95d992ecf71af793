# list.sort/sorted keyword errors, mutation during sort, slice assignment of non-iterables
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: sorted([1], bad=1))
show(lambda: [2, 1].sort(bad=1))
show(lambda: [2, 1].sort(key=None, other=2))
show(lambda: sorted([3, 1, 2], reverse=True, key=lambda v: -v))
l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
show(lambda: l.sort(key=k))
print(l)
m = [3, 1, 2]
def k2(x):
    m.append(x)
    m.pop()
    return x
show(lambda: m.sort(key=k2))
print(m)
n = [3, 1, 2]
def k3(x):
    n.clear()
    return x
show(lambda: n.sort(key=k3))
print(n)
o = [3, "a", 1]
def k4(x):
    o.append(1)
    return x
show(lambda: o.sort(key=k4))
print(o)
x = [1, 2, 3]
def assign(target, value):
    x[target] = value
show(lambda: assign(slice(1, 2), 5))
show(lambda: assign(slice(None, None, 2), 5))
show(lambda: assign(slice(None, None, -1), None))
show(lambda: assign(slice(0, 1), "ab"))
print(x)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        print("iter")
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n * 10
x[1:2] = It()
print(x)
class BadIter:
    def __iter__(self):
        raise TypeError("custom")
show(lambda: assign(slice(0, 1), BadIter()))
