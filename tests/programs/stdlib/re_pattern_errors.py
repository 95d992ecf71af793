# re.error for bad patterns: CPython's messages, positions, line and column numbers.
import re

BAD = [
    "(", "a(b", "((a)", "a)", "*", "a**", "+a", "a{2}{3}", "^*", "(?:", "(?", "(?P", "(?Px)",
    "(?P<", "(?P<>a)", "(?P<a", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P=)", "(?P<a>(?P=a))",
    "(?<x)", "(?<", "(?#abc", "(?z)", "(?i", "(?-)", "(?i-i:a)", "(?-x)", "(?ix-z:a)", "(?a-u:x)",
    "(?au)", "a(?i)", "(?L)a", "(?t:a)", "(?-t:a)",
    "[", "[a", "[a-", "[z-a]", r"[\d-z]", r"[a-\w]", "[]", "[^",
    "\\", r"\q", r"\1", r"(a)\2", r"(a\1)", r"\8", r"\x", r"\x1", r"\xg", r"\u12", r"\U0011ffff", r"\N",
    r"\N{NOT A NAME}", r"\777", r"[\777]", r"[\q]", r"[\1]",
    "a{2,1}", "(?(1)a|b)", "(?(x)a)", "(?(0)a)", "(?(-1)a)", "(?(1a)a)", "(a)(?(1)b|c|d)", "(?(1",
    "(?<=a*)b", "(?<!ab|c)d", r"(?<=(a)\1)", "(?<=a|bc)", "(?>a", "x|*",
    "a\n(b", "ab\ncd\n(?z)", "(?x)a #comment\n  (b",
]
for pattern in BAD:
    try:
        re.compile(pattern)
        print(repr(pattern), "compiled")
    except re.error as e:
        print(repr(pattern), "->", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == pattern)
    except OverflowError as e:
        print(repr(pattern), "OverflowError", e)

for pattern in [b"(", b"\\q", b"(?u)a", b"[\xe9-a]", b"\\u1234"]:
    try:
        re.compile(pattern)
        print(pattern, "compiled")
    except re.error as e:
        print(pattern, "->", e, "|", e.pos)

for pattern, flags in [("a", re.LOCALE), ("a", re.ASCII | re.UNICODE), (b"a", re.UNICODE),
                       (b"a", re.ASCII | re.LOCALE), ("(?a)a", re.UNICODE)]:
    try:
        re.compile(pattern, flags)
        print(pattern, "compiled")
    except ValueError as e:
        print("ValueError:", e)

try:
    re.compile("a{4294967296}")
except OverflowError as e:
    print("OverflowError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)

e = re.error("plain message")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
print(re.compile("a{,}").match("aaa"), re.compile("a{").match("a{"), re.compile("a{1,x}").match("a{1,x}"))
print(re.compile("{}").match("{}"), re.compile("x{}").match("x{}"))
re.compile("(?P<name>a)(?P=nam)")
