# operator: the operators as functions, itemgetter, attrgetter, methodcaller
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(5), operator.pow(2, 10))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2))
print(operator.gt("b", "a"), operator.ge([1], [2]), operator.not_(0), operator.truth([]))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.abs(-4), operator.pos(-2))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.concat([1], [2]), operator.index(7), operator.countOf([1, 2, 1], 1))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.getitem("hello", slice(1, 3)))
try:
    operator.truediv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    operator.lt(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    operator.add(1)
except TypeError as e:
    print("TypeError:", e)

pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(0)))
g = itemgetter(0, 2)
print(g("abcdef"), g([10, 20, 30]), itemgetter("k")({"k": "v"}), itemgetter(1)((5, 6)))
print(repr(g), repr(itemgetter("k")), type(g).__name__)
try:
    itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)


class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.inner = self if x == 0 else None

    def scaled(self, k, offset=0):
        return (self.x * k + offset, self.y * k + offset)


pts = [Pt(3, 1), Pt(1, 2), Pt(2, 0)]
print([p.x for p in sorted(pts, key=attrgetter("x"))], attrgetter("x", "y")(pts[0]))
print(attrgetter("inner.x")(Pt(0, 7)), repr(attrgetter("x", "y")))
try:
    attrgetter("z")(pts[0])
except AttributeError as e:
    print("AttributeError:", e)
mc = methodcaller("scaled", 2, offset=1)
print(mc(pts[0]), methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"))
print(repr(mc), repr(methodcaller("upper")))
print(list(map(methodcaller("strip"), [" a ", "b "])))
print(list(map(operator.add, [1, 2], [10, 20])), list(filter(operator.truth, [0, 1, "", "x"])))
from functools import reduce
print(reduce(operator.mul, range(1, 6)), reduce(operator.or_, [1, 2, 4]))
acc = [1]
same = operator.iadd(acc, [2])
print(same is acc, acc, operator.iadd(1, 2), operator.imul("ab", 2), operator.iconcat([0], [1]))
print(operator.isub(5, 3), operator.ifloordiv(7, 2), operator.ior({1}, {2}), operator.ipow(2, 5))
