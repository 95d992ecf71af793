# split, rsplit, strip and join over ASCII and non-ASCII text, empty and long strs,
# separators of one character and longer, maxsplit, and str subclasses.

texts = [
    "", " ", "a", "a b  c", "  lead and trail  ", "tab\there\nnew\x0bline\x0cff\rcr",
    "\x1c\x1dfile\x1eseps\x1f", "café au lait", "snow ☃ man ☃", "e\u0301 combining e\u0301",
    "emoji 😀 here 🎉", "nbsp\u00a0joined", "em\u2003space\u3000ideo", "x" * 10000 + " y",
]
for t in texts:
    print(repr(t[:40]), t.split()[:6], t.split(None, 1)[:3], t.rsplit(None, 1)[-2:])
    print(" ", [len(w) for w in t.split()][:8], t.split(maxsplit=0)[:1] == [t.lstrip()] if t.strip() else t.split(maxsplit=0))

for t, sep in [("a,b,,c,", ","), ("", ","), (",", ","), ("é,ü,☃", ","), ("a☃b☃☃c", "☃"),
               ("x😀y😀", "😀"), ("a::b::c", "::"), ("abc", "abc"), ("aaa", "a"),
               ("e\u0301,e", "\u0301")]:
    print(t.split(sep), t.rsplit(sep), t.split(sep, 1), t.rsplit(sep, 1), t.split(sep, 0))

for t, chars in [(",,a.b..", ",."), ("..", "."), ("", "x"), ("ééaéé", "é"), ("☃x☃", "☃x"),
                 ("😀a😀", "😀"), ("abc", ""), ("  pad  ", None), ("\u3000wide\u3000", None),
                 ("xéx", "x"), ("e\u0301e", "e"), ("e\u0301e", "\u0301e")]:
    print(repr(t.strip(chars)), repr(t.lstrip(chars)), repr(t.rstrip(chars)))

class S(str):
    pass

print("-".join([S("sub"), "x", S("é")]), type("-".join([S("a")])).__name__)
print(repr("".join([])), repr("☃".join(["a", "", "b"])), repr(", ".join("é☃😀")))
one = "only"
print("".join([one]) is one, "+".join((one,)) is one)
big = "ab" * 50000
print(len("".join([big, big, "é"])), len("é".join([big] * 3)))
try:
    "".join(["a", 1])
except TypeError as e:
    print(e)
print(S("a b").split(), S("x,y").split(","), S(" s ").strip(), type(S(" s ").strip()).__name__)
try:
    "a".split("")
except ValueError as e:
    print(e)
