# collections: defaultdict, Counter and OrderedDict as dict subclasses (repr, methods, errors)
from collections import defaultdict, Counter, OrderedDict, deque
import collections

d = defaultdict(list)
d["a"].append(1)
d["b"].append(2)
d["a"].append(3)
print(d, isinstance(d, dict), type(d).__name__, len(d), "a" in d, d["a"])
print(dict(d), sorted(d.items()), list(d), d.get("zz"), d.default_factory, "zz" in d)
dc = defaultdict(int)
for ch in "hello":
    dc[ch] += 1
print(dc, dict(dc) == {"h": 1, "e": 1, "l": 2, "o": 1}, dc == {"h": 1, "e": 1, "l": 2, "o": 1})
print(defaultdict(lambda: 5, {"a": 1})["b"], defaultdict(int, a=1, b=2))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]), len(nested))
dd = defaultdict(set)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].add(v)
print(sorted(dd.items()), dd.pop("a"), dd, dd.setdefault("c", {9}), dd.keys(), list(dd.values()))
cp = dd.copy()
cp["new"].add(0)
print(type(cp).__name__, cp, dd)
dd.update({"z": {1}})
del dd["b"]
print(dd, {**dd}, [k for k in dd])
e = defaultdict()
try:
    e["x"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(5)
except TypeError as ex:
    print("TypeError:", ex)
print(repr(defaultdict(None)), str(defaultdict(str)), type(d))

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common(), c["a"], c["zzz"], len(c), "zzz" in c)
c.update("aaz")
print(c)
c.update({"b": 5})
c.subtract({"a": 10})
print(c, sorted(c.elements()))
c["q"] += 3
print(c["q"], c.total())
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=4))
print(Counter(a=3, b=1) & Counter(a=1, b=4), Counter(a=3, b=1) | Counter(a=1, b=4))
print(Counter(), isinstance(c, dict), isinstance(c, Counter), type(c).__name__, Counter([1, 1, 2]).total())
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), sorted(Counter("hello").keys()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
for word, n in wc.most_common(3):
    print(word, n)
print(wc.most_common(0), wc.most_common(-1), sorted(wc), max(wc, key=wc.get))
print(Counter({"x": 2, "y": 2, "z": 5}), Counter(dict(a=1)), type(Counter))
tally = Counter()
for n in [3, 1, 3, 3, 2, 1]:
    tally[n] += 1
print(tally, dict(tally), list(tally.items()))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od)
od.move_to_end("b")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]), isinstance(od, dict))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
o2 = OrderedDict.fromkeys("xyz", 0) if hasattr(OrderedDict, "fromkeys") else None
try:
    OrderedDict().popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    od.move_to_end("nope")
except KeyError as ex:
    print("KeyError:", ex)
print(list(reversed(OrderedDict(a=1, b=2, c=3))), collections.OrderedDict is OrderedDict)
class MyDict(defaultdict):
    pass


md = MyDict(int)
md["a"] += 1
print(md, type(md).__name__)


class Default0(Counter):
    def __missing__(self, key):
        return "missing " + str(key)


z = Default0("ab")
print(z["q"], z)


class OD(OrderedDict):
    pass


print(OD(a=1), OD())
a = Counter(a=2, b=-1, c=0)
print(+a, -a, Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=1, b=1) >= Counter(a=1), Counter(a=2) > Counter(a=1))
print(Counter(a=1) <= Counter(a=1, b=0), Counter(a=1) < Counter(a=1, b=1), Counter() >= Counter(x=0))
c = Counter("aab")
c2 = c
c += Counter("bc")
print(c, c is c2)
c -= Counter(a=5)
print(c, c is c2)
c |= Counter(z=2)
c &= Counter(z=1, b=9)
print(c)
d = deque([1, 2])
print(d * 2, 3 * d, d * 0, deque([1, 2], maxlen=3) * 2)
e = d
d *= 2
print(d, e is d)
print(deque("ab") * -1)
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys([1, 2], 0), defaultdict.fromkeys("ab", 1))
print(OrderedDict(x=1).fromkeys("z"))
missing = defaultdict(None, {"a": 1})
print(missing["a"])
print(missing["b"])
