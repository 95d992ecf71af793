import json

print(json.dumps({"a": 1, "b": [1, 2.5, None, True, False], "c": "x\"y\\z\n\t\x01\x7f"}))
print(json.dumps("héllo €𝄞"))
print(json.dumps("héllo €𝄞\x00", ensure_ascii=False))
print(json.dumps([1e100, 1.0, -0.0, 0.1, 1e-7, 123456789012345678901234567890]))
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: 0}))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
print(json.dumps([1, [2, {"x": []}], {}], indent=2))
print(json.dumps({"a": [1, 2], "b": {}}, indent="\t"))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=2, separators=(",", " = ")))
print(json.dumps((1, 2, (3,))))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
print(json.dumps(set([1]), default=list))
print(json.dumps({"s": {3}}, default=sorted))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(json.dumps({"p": Point(1, 2)}, cls=PointEncoder, indent=1))
print(PointEncoder().encode(Point(5, 6)))
print(list(json.JSONEncoder().iterencode({"a": [1, "b", {"c": None}], "d": 2.5})))
print(list(json.JSONEncoder(indent=2).iterencode([1, [2, 3], {"a": 1}])))

class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
print(json.dumps([MyInt(3), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1)]))
print(json.dumps({MyInt(3): 1, MyFloat(1.5): 2}))

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
json.dump({"a": [1, 2, {"b": None}], "c": "d"}, c)
print(c.parts)
c = Collector()
json.dump([1, {"x": [True]}], c, indent=2, sort_keys=True)
print(c.parts)
print("".join(c.parts))

for bad, kw in [({1, 2}, {}), (object, {}), ({(1, 2): 3}, {}), ({"a": float("nan")}, {"allow_nan": False}),
                ([float("inf")], {"allow_nan": False, "indent": 1}), (b"x", {})]:
    try:
        print(json.dumps(bad, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
lst = [1]
lst.append(lst)
for kw in [{}, {"indent": 2}]:
    try:
        json.dumps(lst, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)

class Loop:
    pass
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print(e)
try:
    json.dumps({2: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(e)

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({"a": "b"}, cls=Upper))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
print(json.dumps(None), json.dumps(True), json.dumps(3), json.dumps("s"), json.dumps([]), json.dumps({}))
print(json.dumps({"a": 1}, default=str, sort_keys=True, indent=3, ensure_ascii=False))
json.dumps({frozenset(): 1})
