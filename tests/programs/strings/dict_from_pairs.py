# dict() and dict.update from sequences of pairs: tuples, lists, strs, tuple subclasses,
# wrong lengths and non-sequences, user keys equal to str keys.

print(dict(zip(["a", "é", "☃"], [1, 2, 3])))
print(dict([("a", 1), ["b", 2], "cd", ("a", 3)]))

class Pair(tuple):
    def __iter__(self):
        return iter(("overridden", 0))

print(dict([Pair(("k", 1))]))
for bad in [[(1, 2, 3)], [()], [(1,)], [5], ["abc"]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Key:
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(self.text)
    def __eq__(self, other):
        return self.text == other
    def __repr__(self):
        return f"Key({self.text!r})"

d = dict([("x", 1), (Key("x"), 2), (Key("y"), 3), ("y", 4)])
print(d)
d.update([("z", 5), ("x", 6)])
print(d, d["x"], d[Key("y")])
