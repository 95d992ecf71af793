# functools partial, lru_cache, reduce; itertools churn
import functools, itertools, operator
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300), fib.cache_info())
@functools.lru_cache(maxsize=32)
def sq(n):
    return [n] * 10
for i in range(2000):
    sq(i % 50)
print(sq.cache_info(), sq(3)[:2])
sq.cache_clear()
print(sq.cache_info())
ps = [functools.partial(lambda a, b, c=0: a * b + c, i, c=i) for i in range(300)]
junk = [[j] for j in range(3000)]
print(sum(p(2) for p in ps), ps[7].args, ps[7].keywords)
print(functools.reduce(operator.mul, range(1, 60), 1))
print(functools.reduce(lambda acc, x: acc + [x] if x % 3 else acc, range(100), []))
r = list(itertools.chain.from_iterable([[i] * (i % 4) for i in range(100)]))
print(len(r), r[:10])
print(list(itertools.islice(itertools.cycle("abc"), 1000))[-5:])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(r))][:5])
print(sum(1 for _ in itertools.permutations(range(6), 4)), list(itertools.combinations("abcd", 2)))
acc = list(itertools.accumulate(range(2000), lambda a, b: a + b * b))
print(acc[-1], len(acc))
print(list(itertools.product("ab", repeat=3))[-2:])
z = list(itertools.zip_longest(range(5), "abc", fillvalue=None))
print(z)
tee_a, tee_b = itertools.tee(iter([str(i) for i in range(500)]))
print(next(tee_a), list(tee_b)[-1], sum(1 for _ in tee_a))
cnt = itertools.count(10, 3)
print([next(cnt) for _ in range(5)])
print(list(itertools.starmap(pow, [(2, 100), (3, 50)])))
print(list(itertools.takewhile(lambda x: x < 10, itertools.dropwhile(lambda x: x < 5, range(100)))))
print(list(itertools.compress(range(20), itertools.cycle([1, 0, 0]))))
print(list(itertools.pairwise(range(6))))
@functools.cache
def ways(n, k):
    if n == 0: return 1
    if n < 0 or k == 0: return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(120, 120))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(3) >= V(2), V(1) > V(5), sorted([V(i % 7) for i in range(20)])[-1].v)
print(sorted(["bb", "a", "ccc", "dd"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b) or (a > b) - (a < b))))
