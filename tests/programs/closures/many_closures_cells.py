# Many closures: a million cells created in loops and comprehensions, captured state kept correct
def make(n):
    fs = [None] * n
    for i in range(n):
        fs[i] = lambda i=i: i
    return fs
fs = make(1500)
print(sum(f() for f in fs[::100]), fs[-1](), len(fs))
def adders(n):
    return [(lambda k: lambda x: x + k)(k) for k in range(n)]
ad = adders(1500)
print(ad[123](1), ad[-1](0), sum(a(1) for a in ad[:100]))
def counter_chain(n):
    total = 0
    for i in range(n):
        def bump(v=i):
            nonlocal total
            total += v
        bump()
    return total
print(counter_chain(4000))
def shared():
    cells = []
    for i in range(5):
        x = i
        cells.append(lambda: x)
    return [c() for c in cells], all(c.__closure__[0] is cells[0].__closure__[0] for c in cells)
print(shared())
def gen_closures(n):
    for i in range(n):
        yield lambda: i * 2
print(sum(f() for f in gen_closures(4000)))
