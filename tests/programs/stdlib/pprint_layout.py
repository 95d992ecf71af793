import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
import types

data = {"name": "closc", "version": (1, 2, 3), "tags": ["compiler", "python", "rust", "cranelift", "aot"],
        "nested": {"a": [1, 2, {"deep": list(range(30))}], "b": {"x": None, "y": True}},
        "numbers": [1.5, -2, 3 + 4j, 10 ** 20], 99: "int key", "set": {3, 1, 2}, "fs": frozenset({40, 7})}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(40)), compact=True, width=40))
print(pprint.pformat([list(range(10))] * 4, compact=True, width=35))
print(pprint.pformat({"k" * 10: "v" * 50, "short": "x" * 70}))
s = "The quick brown fox jumps over the lazy dog. " * 5
pprint.pprint(s, width=40)
pprint.pprint({"text": s, "lines": "line one\nline two\n" * 3}, width=50)
pprint.pprint([b"abcdefgh" * 10, bytearray(b"xyz" * 30)], width=40)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint([10 ** 8, {"n": 2 ** 40}], underscore_numbers=True, width=20)
pprint.pprint((1,), width=1)
pprint.pprint(tuple(range(25)), width=30)

@dataclass
class Point:
    x: float
    y: float
    label: str = "origin"
    hidden: list = field(default_factory=list, repr=False)

@dataclass
class Polygon:
    name: str
    points: list

poly = Polygon("triangle with a rather long descriptive name", [Point(0, 0), Point(1, 0, "east"), Point(0, 1, "north")])
pprint.pprint(poly)
pprint.pprint(poly, width=200)
od = OrderedDict([("first", list(range(15))), ("second", "x" * 40)])
pprint.pprint(od)
dd = defaultdict(list, {"alpha": list(range(20)), "beta": [1]})
pprint.pprint(dd)
c = Counter("mississippi river banks are very long indeed, yes")
pprint.pprint(c, width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
ns = types.SimpleNamespace(alpha=list(range(20)), beta="b" * 30, gamma={"k": 1})
pprint.pprint(ns, width=50)
mp = types.MappingProxyType({"key%d" % i: i for i in range(12)})
pprint.pprint(mp, width=40)

rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a", (2.5, None)]))
print(pprint.isreadable(object()), pprint.isreadable({"a": {1, 2}}))
print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.saferepr("text"))
text = pprint.pformat(rec)
print(text.startswith("[1, 2, <Recursion on list with id="), text.endswith(">]"))
d = {"self": None}
d["self"] = d
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))

class Stream:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Stream()
pprint.pprint({"b": 1, "a": [1, 2]}, stream=out)
print(out.parts)
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3, compact=True)
print(pp.pformat([[[[1, 2]]], list(range(12))]))
print(pp.isrecursive(rec), pp.isreadable([1]))
pp.pprint({"z": 1, "a": 2})
class Custom(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)
print(Custom(width=20).pformat(["abc", "defgh", "ijklmnop", 12]))
class MyDict(dict):
    pass
pprint.pprint(MyDict({i: "v" * i for i in range(8)}))
print(pprint.pformat({(1, "a"): 1, ("b", 2): 2, None: 3, 1.5: 4}))
for bad in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)
pprint.pprint(object, bogus=1)
