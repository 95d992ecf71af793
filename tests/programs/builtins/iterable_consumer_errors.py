# Every consumer of an iterable, given a non-iterable instance, a generator-based __iter__,
# an __iter__ returning a non-iterator, and an int: the results and CPython's messages.
import itertools
class V:
    pass
class G:
    def __iter__(self):
        yield 3
        yield 1
class N:
    def __iter__(self):
        return 5
def yf(x):
    yield from x
tests = [
    lambda x: [i for i in x],
    lambda x: list(yf(x)),
    lambda x: (lambda: [a for a in x])(),
    lambda x: [a for a, in [(1,)] for b in x],
    lambda x: list(zip(x)),
    lambda x: list(zip([1], x)),
    lambda x: list(map(str, x)),
    lambda x: list(map(str, [1], x)),
    lambda x: sorted(x),
    lambda x: list(x),
    lambda x: tuple(x),
    lambda x: dict(x),
    lambda x: set(x),
    lambda x: frozenset(x),
    lambda x: ",".join(x),
    lambda x: sum(x),
    lambda x: min(x),
    lambda x: max(x),
    lambda x: list(enumerate(x)),
    lambda x: list(filter(None, x)),
    lambda x: list(reversed(x)),
    lambda x: list(itertools.chain(x)),
    lambda x: list(itertools.chain.from_iterable([x])),
    lambda x: list(itertools.islice(x, 2)),
    lambda x: list(itertools.product(x)),
    lambda x: list(itertools.permutations(x)),
    lambda x: list(itertools.combinations(x, 1)),
    lambda x: list(itertools.accumulate(x)),
    lambda x: list(itertools.zip_longest(x)),
    lambda x: list(itertools.islice(itertools.cycle(x), 3)),
    lambda x: list(itertools.starmap(max, x)),
    lambda x: list(itertools.takewhile(bool, x)),
    lambda x: list(itertools.dropwhile(bool, x)),
    lambda x: list(itertools.filterfalse(bool, x)),
    lambda x: list(itertools.compress(x, [1])),
    lambda x: list(itertools.pairwise(x)),
    lambda x: [k for k, _ in itertools.groupby(x)],
    lambda x: [list(t) for t in itertools.tee(x)],
    lambda x: any(x),
    lambda x: all(x),
    lambda x: [].extend(x),
    lambda x: {}.update(x),
    lambda x: set().update(x),
    lambda x: "".join(x),
    lambda x: list(iter(x)),
    lambda x: next(x),
    lambda x: [*x],
    lambda x: (*x,),
    lambda x: dict.fromkeys(x),
    lambda x: sorted(x, key=lambda v: -v),
]
def unpack(x):
    a, b = x
    return a, b
def unpack_star(x):
    a, *b = x
    return a, b
def forloop(x):
    r = []
    for i in x:
        r.append(i)
    return r
tests += [unpack, unpack_star, forloop]
for i, t in enumerate(tests):
    for x in (V(), G(), N(), 5):
        try:
            print(i, t(x))
        except Exception as e:
            print(i, type(e).__name__, e)
