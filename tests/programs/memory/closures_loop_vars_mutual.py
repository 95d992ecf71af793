# closures capturing loop variables, self-referencing closures, mutual recursion via closures
def make_adders(n):
    fs = []
    for i in range(n):
        fs.append(lambda x, i=i: x + i)
    late = [lambda x: x + i for i in range(n)]
    return fs, late

fs, late = make_adders(50)
print(sum(f(1) for f in fs), sum(f(1) for f in late))

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

pairs = [counter() for _ in range(200)]
for k, (inc, get) in enumerate(pairs):
    for _ in range(k % 7):
        inc()
print(sum(g() for _, g in pairs))

def mutual():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd

ev, od = mutual()
del mutual
print([ev(i) for i in range(10)], od(301))

def selfref():
    def f(n):
        return 1 if n <= 1 else n * f(n - 1)
    return f

facts = [selfref() for _ in range(100)]
print(facts[37](30), facts[0](20))

# closures holding big data kept alive only by the closure
def holder(n):
    data = [str(i) * 3 for i in range(n)]
    return lambda: "".join(data[-3:])
hs = [holder(i + 3) for i in range(300)]
junk = [[j] * 10 for j in range(2000)]
del junk
print(hs[5](), hs[299]())

# chain of closures
def chain(n):
    f = lambda: 0
    for i in range(n):
        f = (lambda g, i: lambda: g() + i)(f, i)
    return f
print(chain(300)())
