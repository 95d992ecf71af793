# Checks memoizing decorators, decorator lists applied in a loop, decorator factories with defaults, global-bumping decorators and lambda decorators.
def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
decos = [lambda f: (lambda *a: f(*a) + 1), lambda f: (lambda *a: f(*a) * 2)]
def apply_all(fn):
    for d in decos:
        fn = d(fn)
    return fn
@apply_all
def base(x):
    return x
print(base(5))
def deco_with_default(arg=None):
    def d(fn):
        return lambda: (arg, fn())
    return d
@deco_with_default()
def a1(): return 1
@deco_with_default(arg="x")
def a2(): return 2
print(a1(), a2())
k = 0
def bump_deco(fn):
    global k
    k += 1
    return fn
@bump_deco
@bump_deco
def z(): pass
print(k)
@(lambda f: f.__name__)
def named_fn(): pass
print(named_fn)
