# The re module's functions and the Pattern and Match objects.
import re

m = re.match(r"(\w+) (\w+)(?P<rest>.*)", "Isaac Newton, physicist")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2))
print(m[0], m[1], m["rest"])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end("rest"), m.span(1))
print(m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern, m.string)
print(m.regs)
print(bool(m), m.expand(r"\2, \1!\g<rest>"))

m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)
m = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m.groupdict(), m.groupdict(0), m.lastgroup)
for bad in (3, "nope", -1, 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)

print(re.search(r"\d+", "abc 123 def 45"))
print(re.search(r"\d+", "no digits"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.match(r"b", "ab"), re.search(r"^b", "ab"))

p = re.compile(r"\d")
print(p.match("a1", 1), p.match("a1", 0), p.search("123", 1, 2), p.search("123", 5))
print(p.fullmatch("12", 1), p.findall("1a2b3", 1, 4), p.match("12", -5))
print(re.compile(r"$").search("ab", 0, 1).span())
print(re.compile(r"^a").search("ba", 1))

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"(\w)=(\d)?", "a=1, b="))
print(re.findall(r"a*", "baaac"))
print([m.span() for m in re.finditer(r"\w+", "to be or not")])
it = re.finditer(r"o", "foo")
print(next(it).start(), next(it).start())

print(re.sub(r"\s+", " ", "a   b \t\n c"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@example.com, ann@test.com"))
print(re.sub(r"(?P<word>\w+)", r"<\g<word>|\g<1>|\g<0>>", "hi there"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"a", "b", "aaaa", count=2), re.subn(r"a", "b", "aaaa"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub(r"(a)|b", lambda m: m.group(1) or "B", "abab"))
print(re.sub(r"a", r"\n\t\\", "xax"))
print(re.sub(r"(a)(b)?", r"[\2]", "a ab"))
print(re.subn(r"z", "y", "abc"))

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(a)|b", "xaybz"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\W+", "Words, words, words.", 1))
print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
print(re.split(r"^$", "", flags=re.M), re.split(r"b", ""))

print(re.escape("a.b*c?d[e]f(g)h{i}j|k^l$m\\n o#p&q~r-s\tt"))
print(re.escape(b"1+1=2"), re.escape("ñ_x"))

print(re.match(rb"(\w+) (\d+)", b"abc 42 x").groups())
print(re.findall(rb"[a-c]+", b"xxabcaxbb"), re.sub(rb"b", b"B", b"abba"))
print(re.search(rb"\w+", "é word".encode()).group())
print(re.match(rb"a", bytearray(b"abc")), re.match(b"a", memoryview(b"abc")).span())
print(re.split(rb"\s", b"a b\tc"))

m = re.search(r"(\d+)", "order 66")
print(repr(m), str(m) == repr(m))
print(re.match(r"x", "x" * 100))
print(re.match(".*", "é" * 3 + "'\""))
print(re.match(b"\\d+", b"12"))

pat = re.compile(r"(?P<key>\w+)=(?P<value>\w*)")
print(pat.pattern, pat.flags, pat.groups, pat.groupindex)
print(pat.groupindex["value"], sorted(pat.groupindex))
print([m.groupdict() for m in pat.finditer("a=1 b= c=3")])

try:
    re.match("a", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(42)
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.sub("(?P<n>a)", r"\g<m>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub("a", r"\g<1", "a")
except re.error as e:
    print("re.error:", e)
try:
    re.sub("a", r"\q", "a")
except re.error as e:
    print("re.error:", e, e.pos)
re.compile(r"(\d+)").match("x").group(1)
