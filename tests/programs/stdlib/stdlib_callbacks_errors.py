# stdlib iterators and callables consumed by builtins; exceptions raised inside callbacks propagate; argument errors
import itertools as it
import functools as ft
import collections as co
import operator as op
c = it.count()
print(iter(c) is c, next(c), next(it.islice([], 1), "dflt"), list(enumerate(it.chain("ab", "c"))))
print(sum(it.islice(it.count(1), 10)), min(it.combinations([3, 1, 2], 2)), "".join(it.takewhile(str.isalpha, "abc1d")))
print(any(x > 3 for x in it.count()), sorted(it.chain.from_iterable(["ba", "dc"])))
print(list(zip(it.count(), "ab")), dict(it.zip_longest("ab", [1])), set(it.repeat(1, 3)))
def boom(x):
    raise ValueError("boom %d" % x)
for bad in (lambda: list(map(boom, [1])), lambda: list(it.starmap(boom, [(2,)])),
            lambda: ft.reduce(lambda a, b: boom(b), [1, 2]), lambda: ft.partial(boom, 3)(),
            lambda: list(it.takewhile(boom, [4])), lambda: co.defaultdict(lambda: boom(5))["x"],
            lambda: sorted([1, 2], key=ft.cmp_to_key(lambda a, b: boom(6))),
            lambda: ft.lru_cache(boom)(7), lambda: list(it.accumulate([1, 2], boom)),
            lambda: list(it.groupby([8], key=boom)), lambda: op.methodcaller("nope")(1),
            lambda: co.Counter(5), lambda: co.deque(5), lambda: co.namedtuple("X", 5),
            lambda: it.chain(5).__next__(), lambda: list(it.product(5)), lambda: it.cycle(),
            lambda: next(it.islice([1], None, None, -1))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
g = it.groupby("aabbb")
print([(k, len(list(v))) for k, v in g])
print(list(it.permutations(range(3), 0)), list(it.product([1, 2], [])), list(it.combinations_with_replacement(range(3), 1)))
cnt = co.Counter(x % 3 for x in range(10))
print(cnt, cnt.most_common(1)[0], +cnt if hasattr(cnt, "__pos__") else "")
nums = co.deque([3, 1, 2])
print(sorted(nums), max(nums), nums.index(1), 3 in nums, nums * 1 if hasattr(nums, "__mul__") else "")
