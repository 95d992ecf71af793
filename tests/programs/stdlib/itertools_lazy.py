# itertools: every iterator, lazily consumed, with CPython's argument errors
import itertools
from itertools import count, cycle, repeat, chain, islice, accumulate, product, permutations, combinations, combinations_with_replacement, groupby, takewhile, dropwhile, zip_longest, starmap, pairwise, filterfalse, compress, tee
import operator
print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
c = count(5)
print(next(c), next(c), c)
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)))
print(list(repeat("x", 3)), repeat(1, 2), list(repeat(0, -1)), list(islice(repeat(7), 2)))
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 2, 8, 2)), list(islice("abcdefg", 3)), list(islice(range(10), 1, None)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=100)))
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)))
print(list(combinations(range(4), 2)), list(combinations_with_replacement("ab", 2)))
for k, g in groupby("aaabbcdd"):
    print(k, list(g))
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")), list(zip_longest()))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise("abcd")), list(filterfalse(lambda x: x % 2, range(6))))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
g = (x * x for x in count())
print(list(islice(g, 4)))
it = map(str, itertools.count())
print(next(it), next(it))
try:
    islice([], -1)
except ValueError as e:
    print(e)
try:
    list(combinations([1], -1))
except ValueError as e:
    print(e)
print(type(count()).__name__, isinstance(chain(), object))
x, y = next(product([1], [2]))
print(x, y)

def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i


lazy = islice(noisy(100), 2)
print("made islice")
print(next(lazy))
print(list(lazy))
tw = takewhile(lambda x: x < 2, noisy(10))
print(list(tw))
ch = chain(noisy(2), noisy(1))
print("made chain")
print(list(ch))
acc = accumulate(noisy(3))
print(next(acc), next(acc))
groups = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(next(groupby("aab"))[1]))
print([k for k, _ in groupby([])])
pw = pairwise(noisy(3))
print(next(pw))
print(list(permutations([])), list(combinations([], 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in product(range(4), repeat=3)))
print(list(zip_longest("abc", range(5))))
t1, t2, t3 = tee("xyz", 3)
print(list(t1), next(t2), list(t3), list(t2))
print(tee([1], 0))
print(list(islice(zip(count(), cycle("ab")), 5)))
print(dict(zip("abc", repeat(0))))
print(list(map(operator.mul, range(4), repeat(3))))
print(sorted(set(permutations("aab"))))
for bad in (lambda: islice([], 1, 2, 0), lambda: islice([], "a"), lambda: count("a"),
            lambda: repeat(), lambda: product([1], repeat=-1), lambda: permutations([1], -2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def gen_pairs():
    for i in range(3):
        yield (i, i + 1)
print(list(starmap(lambda a, b: a * b, gen_pairs())))
