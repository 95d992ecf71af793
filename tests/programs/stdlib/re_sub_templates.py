# sub/subn replacement templates and callables: escapes, group references, errors and the
# TypeErrors of pieces of the wrong type, reported at CPython's index.
import re

CASES = [
    lambda: re.sub("a", lambda m: 1, "a"),
    lambda: re.sub(b"a", lambda m: 1, b"a"),
    lambda: re.sub(b"a", lambda m: "x", b"a"),
    lambda: re.sub("a", lambda m: b"x", "ba"),
    lambda: re.sub("a", b"x", "a"),
    lambda: re.sub(b"a", "x", b"a"),
    lambda: re.sub("a", lambda m: None, "bab"),
    lambda: re.sub("a", 1, "a"),
    lambda: re.split("a", "bab", -1),
    lambda: re.sub("a", "x", "aaa", -1),
    lambda: re.compile("a").match("a", endpos=None),
    lambda: re.sub("a", b"x", "ba"),
    lambda: re.sub("(a)", b"\\1x", "ba"),
    lambda: re.sub("a", b"x", "bbb"),
    lambda: re.sub("(a)|b", r"[\1]", "ab"),
    lambda: re.sub("a", "", "banana"),
    lambda: re.sub("a", lambda m: "", "banana"),
    lambda: re.compile("(a)").sub(repl=r"\1\1", string="xa", count=1),
    lambda: re.sub("", "-", "abc"),
    lambda: re.sub("$", "!", "a\n"),
    lambda: re.subn("(?m)^", "# ", "a\nb\n"),
    lambda: re.sub("(b)", r"\g<0>\g<1>\1\0\07\101\x", "abc"),
    lambda: re.sub("b", r"\q", "abc"),
    lambda: re.sub("b", "\\", "abc"),
    lambda: re.sub("b", r"\g", "abc"),
    lambda: re.sub("b", r"\g<", "abc"),
    lambda: re.sub("b", r"\g<>", "abc"),
    lambda: re.sub("b", r"\g<a", "abc"),
    lambda: re.sub("b", r"\g<-1>", "abc"),
    lambda: re.sub("b", r"\g<1>", "abc"),
    lambda: re.sub("(b)", r"\g<2>", "abc"),
    lambda: re.sub("(b)", r"\2", "abc"),
    lambda: re.sub("(b)", r"\400", "abc"),
    lambda: re.sub("(?P<x>b)", r"\g<y>", "abc"),
    lambda: re.sub("(?P<x>b)", r"<\g<x>>", "abc"),
    lambda: re.sub(b"(b)", rb"[\1\n]", b"abc"),
    lambda: re.sub(b"b", rb"\q", b"abc"),
    lambda: re.sub("a", "b", "x" * 5, count=0),
    lambda: re.compile(r"(?P<w>\w+)").match("hi there").expand(r"[\g<w>] \g<0>!"),
    lambda: re.compile(r"(a)(b)?").match("a").expand(r"\1-\2-"),
]
for case in CASES:
    try:
        print(repr(case()))
    except Exception as e:
        print(type(e).__name__, e)

print(re.sub(r"(?P<n>\d+)", lambda m: str(int(m["n"]) + 1), "v1.9.10"))
print(re.subn(r"\s", "", " a b \n"))
re.sub("(a)", r"\g<first>", "a")
