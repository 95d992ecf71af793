# f-strings and str() of ints across the small-int range and beyond, and concatenations of
# ASCII and non-ASCII parts (lengths, indexing and hashing of the results).
values = [0, 7, -7, 10, -10, 99, 100, 2**31, -2**31, 2**62 - 1, -2**62, 2**62, -2**62 - 1, 10**30, True, False]
for v in values:
    print(f"{v}|{v!r}|{v:>6}|{-v}", str(v), repr(v), len(f"{v}"))
word = "héllo"
for v in (-3, 0, 12345):
    s = f"{word}:{v}-{word.upper()}·{v * 2}"
    print(s, len(s), s[6], s[-1], s.count("é"), s == word + ":" + str(v) + "-" + word.upper() + "·" + str(v * 2))
    print(hash(s) == hash(word + ":" + str(v) + "-" + word.upper() + "·" + str(v * 2)))
empty = f""
print(repr(empty), repr(f"{''}{''}"), len(f"{''}x{''}"))
print(f"{'a' * 3}{'ü' * 2}{3.5}{None}{[1, 2]}")
total = 0
for i in range(-50, 50, 7):
    total += len(f"{i}") + len(str(i))
print(total)


class Money:
    def __format__(self, spec):
        return "$" + spec

    def __str__(self):
        return "money"


print(f"{Money()}|{Money():.2f}|{str(Money())}")
print(f"{12:x}", f"{-12:b}", f"{255:#o}", f"{5:05d}", f"{1234567:,}")
