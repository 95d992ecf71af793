# lower/upper and slices of ASCII and non-ASCII strs: the ASCII paths and the general
# ones must agree, including the characters whose case mapping changes the length.

samples = ["", "a", "Z", "MiXeD 123 _-!", "café", "CAFÉ", "straße", "ǅ title", "İstanbul",
           "ﬁ ligature", "snow ☃ MAN", "e\u0301E\u0301", "emoji 😀 ÉMOJI", "x" * 5000 + "Y"]
for s in samples:
    lo, up = s.lower(), s.upper()
    print(repr(lo[:30]), repr(up[:30]), len(lo), len(up), lo == s.lower(), up.lower() == lo)

class S(str):
    pass

sub = S("SubClass é")
print(sub.lower(), type(sub.lower()).__name__, sub.upper(), type(sub.upper()).__name__)
print(repr(S("").lower()), "abc".lower() is not "abc".upper().lower())

text = "héllo wörld ☃ 😀 e\u0301 end"
for start in range(-3, len(text) + 2, 4):
    for stop in [None, start + 1, start + 5, -1]:
        piece = text[start:stop]
        print(start, stop, repr(piece), len(piece), piece == "".join(list(piece)))
print(text[::2], text[::-3], text[3:3] == "", text[100:] == "")
ascii_text = "the quick brown fox"
print([ascii_text[i:i + 3] for i in range(0, len(ascii_text), 5)], ascii_text[-3:], ascii_text[:0])
word = ascii_text[4:9]
print(word, word.upper(), {word: 1}.get("quick"), hash(word) == hash("quick"))
print(" Pad ".strip().lower(), "ÉTÉ ".strip().lower(), "a,b".upper().split(","))
