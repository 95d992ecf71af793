# Tuples of strs, floats and big ints made by generators that allocate, consumed by tuple,
# map, zip, join, dict, set, sorted/max with keys, sum, enumerate, chain, reduce, filter
# and product while collections run, then kept beside later allocation.
import itertools, functools
def g(n, tag):
    for i in range(n):
        junk = [str(i) * 2 for _ in range(5)]
        yield (tag + str(i), i * 0.25, 10 ** 20 + i, junk[0])

t1 = tuple(g(30, "a"))
t2 = tuple(map(lambda x: (x[0] + "!", x[2] * 2), g(30, "b")))
t3 = tuple(zip(g(20, "c"), g(25, "d")))
s1 = "".join(x[0] + "," for x in g(30, "e"))
d1 = dict((x[0], x) for x in g(30, "f"))
st = set(x[3] + x[0] for x in g(30, "g"))
so = sorted(g(30, "h"), key=lambda x: (-x[1], x[0] + "z"))
mx = max(g(30, "i"), key=lambda x: str(x[2])[::-1])
sm = sum(x[2] for x in g(30, "j"))
en = tuple(enumerate(g(10, "k"), 5))
fk = dict.fromkeys(x[0] for x in g(10, "l"))
ch = tuple(itertools.chain(g(5, "m"), g(5, "n")))
rd = functools.reduce(lambda acc, x: acc + (x[0],), g(20, "o"), ())
fl = tuple(filter(lambda x: x[2] % 3 == 0, g(30, "p")))
pr = tuple(itertools.product((x[0] for x in g(3, "q")), repeat=2))
ls = list(reversed(tuple(g(10, "r"))))
junk = [[i] for i in range(2000)]
print(t1[-1], t2[5], t3[-1][1], s1[-20:], d1["f29"], len(st), so[0], mx, sm)
print(en[-1], list(fk)[-1], ch[-1], rd[-1], len(fl), fl[-1], pr[-1], ls[0])
