# Non-ASCII subjects (indices are code points), case folding, bytes subjects, and long
# inputs that a recursive matcher would overflow the stack on.
import re

text = "Grüße aus Köln – ΣΊΣΥΦΟΣ und ǅemal, 東京 2024年"
print(re.findall(r"\w+", text))
print(re.findall(r"(?a)\w+", text))
print([m.span() for m in re.finditer(r"\w+", text)][:5])
print(re.search(r"Köln", text).span(), re.search(r"東京", text).span())
print(re.sub(r"ü|ö", lambda m: {"ü": "ue", "ö": "oe"}[m.group()], text))
print(re.sub(r"(\w)(\w*)", r"\2\1", "añb çd"))
print(re.split(r"\s+–\s+|,\s*", text))
print(re.findall(r"(?i)σ\w+", text), re.findall(r"(?i)ΣΊΣΥΦΟΣ", text.lower()))
print(re.findall(r"(?i)grüsse|GRÜSSE", "GRÜSSE grüsse"))
print(re.match(r"(?i)ǆ", "ǅ"), re.match(r"(?i)[à-ÿ]+", "ÀÉÎ"))
print(re.findall(r"[^\x00-\x7f]", "aé b✓c"), re.findall(r"[\u00e0-\u00ff]+", "xàáây"))
print(re.findall(r"\d", "4٤۴߄"), re.findall(r"(?a)\d", "4٤۴"))
print(re.search(r"\bKöln\b", text).start(), re.search(r"\B", "é"), re.search(r"\B", "éa"))
print(re.fullmatch(r".{3}", "日本語"), len(re.match(r".*", "ñ" * 10).group()))
m = re.search(r"(?P<city>\w+)\s+\d+", text)
print(m, m.span("city"), m.group("city"))
print(re.escape("ĳ†-x"))

data = "é".encode() + b" caf\xc3\xa9 \xff\xfe"
print(re.findall(rb"\w+", data), re.findall(rb"[\x80-\xff]+", data))
print(re.split(rb"\xc3", data), re.sub(rb"\xff", b"?", data))
print(re.match(rb"(?i)CAF", b"cafe"), re.search(rb"\s", b"a\x85b\xa0c"))

long_text = "ab" * 200000
print(re.match(r"(?:ab)*$", long_text).end())
print(re.match(r"(ab)*", long_text).span(1))
print(re.match(r"(?:a|b)*c", long_text + "c").end())
print(re.match(r"(?:a|b)*?c", long_text + "c").end())
print(re.search(r"(a)(?:b(?=a)|b$)", long_text[-10:]).span())
print(len(re.findall(r"a", long_text)), len(re.split(r"b", long_text)))
print(re.fullmatch(r"(?:x*y)*", "xy" * 50000) is not None)
words = " ".join(["word%d" % i for i in range(20000)])
print(len(re.findall(r"\bword\d*7\b", words)), re.sub(r"\d+", "#", words)[:30])
print(re.search(r"(\w+)\s+\1", "the the"), re.search(r"x+y", "x" * 3000) is None)
# A scanner over a long non-ASCII text, taking each token's text (linear, not quadratic).
source = "días café niño " * 20000
TOKEN = re.compile(r"\s*(\w+)")
pos = 0
letters = 0
while True:
    m = TOKEN.match(source, pos)
    if not m:
        break
    letters += len(m.group(1))
    pos = m.end()
print(letters, pos, m is None)
re.search(r"(?<=ab+)c", "abbc")
