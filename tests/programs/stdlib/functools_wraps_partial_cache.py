# functools: reduce, partial, wraps/update_wrapper, lru_cache/cache, cmp_to_key, total_ordering
import functools
import operator
from functools import reduce, partial, wraps, lru_cache, cache

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, [1, 2, 3], 10))
print(reduce(operator.add, [], "empty"), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, s: acc + s.upper(), "abc", ""))
for bad in ([], ()):
    try:
        reduce(operator.add, bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError:", e)


def f(a, b, c=3):
    return a + b * c


p = partial(f, 1, c=2)
print(p(5), p(5, c=10), p.func is f, p.args, p.keywords)
print(repr(p).startswith("functools.partial(<function f at "), repr(p)[-10:])
pp = partial(p, 4)
print(pp(), pp.func is f, pp.args, pp.keywords)
base2 = partial(int, base=2)
print(base2("1011"), repr(base2), type(base2).__name__)
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner


def hello(x):
    "doc here"
    return x


hello.tag = "tagged"
wrapped = deco(hello)
print(wrapped.__name__, wrapped.__qualname__, wrapped.__doc__, wrapped.__module__)
print(wrapped.__wrapped__ is hello, wrapped.tag, wrapped(3))


class K:
    @deco
    def method(self, y):
        "a method"
        return y * 2


print(K().method(21), K.method.__qualname__, K.method.__doc__)


def plain():
    pass


def other():
    "other doc"


functools.update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib.cache_info().hits, fib.cache_info()[1], fib.__name__, fib.__wrapped__(10))


@lru_cache
def sq(x):
    return x * x


print(sq(3), sq(3), sq(4), sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)

calls = []


@lru_cache(maxsize=2)
def slow(x, y=0):
    calls.append((x, y))
    return x + y


for args in [(1,), (2,), (1,), (3,), (2,), (1,)]:
    slow(*args)
print(calls, slow.cache_info())
calls.clear()
slow(1, y=1)
slow(1, y=1)
slow(x=1, y=1)
print(calls, slow.cache_info())


@lru_cache(0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)


print(fact(30), fact.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)

print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
words = ["pear", "fig", "banana", "kiwi"]


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(max(words, key=functools.cmp_to_key(by_len_then_alpha)))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v


print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) >= V(2), V(2) <= V(1))


@functools.total_ordering
class G:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __gt__(self, o):
        return self.v > o.v


print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4), [g.v for g in sorted([G(3), G(1), G(2)])])


# lru_cache and cache on methods, cached_property
class C:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    @functools.lru_cache(maxsize=None)
    def square(self, k):
        self.calls += 1
        return self.n * k * k
    @functools.cache
    def total(self):
        return self.n * 100
    @functools.cached_property
    def expensive(self):
        "an expensive value"
        print("computing")
        return self.n * 2
c = C(3)
print(c.square(2), c.square(2), c.calls, C.square.cache_info(), c.total(), c.total())
print(c.expensive, c.expensive, c.__dict__["expensive"], type(C.__dict__["expensive"]).__name__)
c.expensive = 10
print(c.expensive)
d = C(4)
print(d.expensive, d.square(1), C.square.cache_info().currsize)
