# float() of text in every accepted spelling and the refused ones, and dict() built
# from pairs, which takes each pair before asking for the next.

for text in ["789.12", " 12.5 ", "1e5", "1E-3", ".5", "5.", "+1.5", "-0.0", "1_000.5", "1_0e1_0",
             "inf", "-Infinity", "nAn", "  +inf\n", "١٢٣.٥", "0x10", "1e", "", " ", "1__0", "_1", "1_", "1.2.3", "e5", "+-1", "12a"]:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), "ValueError", e)


def noisy_pairs():
    for k in ["a", "b", "c"]:
        print("yield", k)
        yield (Key(k), len(k))


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        print("hash", self.name)
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Key) and other.name == self.name

    def __repr__(self):
        return f"Key({self.name})"


print(dict(noisy_pairs()))
header = ["id", "city", "qty"]
print(dict(zip(header, ["1", "Oslo", "5"])), dict(zip(header, "ab")), dict([("x", 1), ["y", 2], "zw"]))
for bad in [[("x", 1), ("y",)], [("x", 1), 5], [(1, 2, 3)]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def failing():
    yield ("ok", 1)
    raise KeyError("midway")


try:
    dict(failing())
except KeyError as e:
    print("KeyError", e)
d = {"seed": 0}
d.update(zip("pq", range(2)))
d.update([("r", 9)], s=10)
print(d, len(dict.fromkeys("abcdefghij")), dict(a=1, **{"b": 2}))
