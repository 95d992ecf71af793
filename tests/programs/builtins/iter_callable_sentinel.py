# iter(callable, sentinel), and indexing a range with an index too big for any machine int.
it = iter([3, 2, 1, 0, 5].pop, 0)
print(type(it).__name__, list(it), list(it))
calls = []
def f():
    calls.append(1)
    if len(calls) > 3:
        raise StopIteration
    return len(calls)
print(list(iter(f, 99)), list(iter(f, 99)))
for e in [lambda: iter(1, 2), lambda: iter(), lambda: iter(1,2,3), lambda: range(10)[10**20], lambda: range(10)[-10**20], lambda: range(10**30)[10**20], lambda: [1][10**20]]:
    try: print(e())
    except Exception as x: print(type(x).__name__, x)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")), next(lines))
print(type(iter(int, 1)).__module__, next(iter(int, 1)))
