# A namedtuple is a tuple wherever CPython takes one: % formatting, json, *, _make and __new__ in subclasses.
from collections import namedtuple
import struct, heapq, itertools
P = namedtuple("P", "x y")
p = P(1, 2)
print("%d-%d" % p, tuple(p), p + (3,), dict([P("a", 2)]), P(1, 2) < (1, 3), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, max(p), ", ".join(P("a", "b")), *p, list(zip(*[p, p])), {p} == {(1, 2)}, p[::-1], p * 2, 2 in p)
print(struct.pack("ii", *p), p.count(1), p.index(2), len(p), repr(p), str(p), f"{p}", "{0[1]}".format(p))
h = [P(3, "c"), P(1, "a"), P(2, "b")]
heapq.heapify(h)
print(heapq.heappop(h), sorted(h), list(itertools.starmap(lambda a, b: a * 2, [p])), divmod(*p))
print(isinstance(p, tuple), issubclass(P, tuple), type(p).__mro__, p._replace(x=9), P._make([5, 6]))
print(sum(p), min(P(4, 3)), list(map(str, p)), (1, 2) == p, (0, 9) < p)
print("%s and %r" % P("s", "r"), bytes(P(65, 66)), bytearray(P(1, 2)), frozenset(p), sorted(P(2, 1)), list(reversed(p)))
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    def __new__(cls, x, y=0):
        return super().__new__(cls, x, y)
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f"<{self.x},{self.y}>"
q = Pt(3)
print(q, repr(q), q.norm, q + (1,), q._replace(y=-4).norm, Pt._make([1, 2]), q == (3, 0), isinstance(q, tuple))
import json
print(json.dumps(q), "%s|%s" % q, sorted([Pt(2, 1), Pt(1, 5)]), Pt._fields, q._asdict())
print(json.dumps({"k": [P(1, 2)]}, indent=1))
Pt()
