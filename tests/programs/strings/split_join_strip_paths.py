# split, join and strip on ASCII and non-ASCII text, one-byte and longer separators,
# maxsplit, and every kind of item join accepts or refuses.

texts = ["a,b,,c", ",a,", "", ",", "no sep", "Zürich,Québec,,Oslo", "é,", "a, b ,c", "x::y::::z", "::"]
for t in texts:
    print(repr(t), t.split(","), t.split(",", 1), t.split(",", 0), t.split(",", 10), t.split("::"), t.split(", "))
    print("  ", t.rsplit(",", 1), t.split(), t.split(None, 1), t.split("é"))
print("aXbXc".split("X", -1), "aXbXc".split("X", 2**40), "ééé".split("é"), "a é b".split(" "))
print("  lead  and   trail  ".split(), " \x1c x \x1f y \x85 z\u3000w ".split(), "a\tb\nc\x0bd\x0ce\rf".split())

class Name(str):
    pass

items = [["a", "b", "c"], ("x", "y"), [], ["only"], [Name("n1"), "plain"], ["é", "ü", "€"], ["a"] * 5]
for it in items:
    print(repr("-".join(it)), repr(", ".join(it)), repr("".join(it)), repr("→".join(it)))
print("+".join(c for c in "abc"), "+".join({"k": 1, "j": 2}), "".join(map(str, range(5))), "|".join(iter(["p", "q"])))
solo = "solo" * 3
print("x".join([solo]) is solo, "x".join((solo,)) is solo, type("x".join([Name("n")])).__name__)
for bad in [["a", 1], ("a", "b", None), [b"x"], 5, ["a", ["b"]]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError", e)

strips = ["  pad  ", "\t\n x \r\x0b\x0c", "\x1c\x1dy\x1e\x1f", "\x85z\x85", "\u3000w\u3000", "", "   ", "xyx-body-yxy", "éé-é-éé", "no change"]
for s in strips:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xy")), repr(s.strip("é")), repr(s.strip("")), repr(s.rstrip(" é")))
same = "keep"
print(same.strip() is same, same.strip("z") is same, "  a  ".strip(None))
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError", e)
