# `for ch in s` over strs of every representation, and `==` / `!=` with a str constant
# (either side), against every kind of operand.
import gc


def chars(s):
    out = []
    for ch in s:
        out.append(ch)
    return out


def count(s, wanted):
    n = 0
    for ch in s:
        if ch == wanted:
            n += 1
    return n


built = ""
for piece in ["ab", "c", "déf", "g"]:
    built += piece
ascii_built = ""
for piece in ["x", "yz", "w"]:
    ascii_built += piece

for s in ["", "a", "hello world", "naïve", "日本語", "\x00\x7f", built, ascii_built, "ab" * 50]:
    print(repr(s), chars(s), len(chars(s)))

print(count("the quick brown fox jumps over the lazy dog", "o"))
print(count("a\x00b\x00", "\x00"))


class Text(str):
    def __iter__(self):
        return iter(["overridden"])


print(chars(Text("abc")))


class Plain(str):
    pass


print(chars(Plain("xyz")))

# break, else, nested loops, rebinding the iterated name inside the loop
s = "abcdef"
for ch in s:
    if ch == "d":
        break
    s = "zzz"
else:
    print("no break")
print(ch, s)
for ch in "":
    print("never")
else:
    print("empty else")
pairs = [a + b for a in "ab" for b in "xyz"]
print(pairs)
print([ch for ch in "héllo" if ch != "l"])


# A generator suspended in the middle of a str, with collections in between.
def letters(s):
    for ch in s:
        yield ch


g = letters("generator" * 3)
taken = []
for _ in range(10):
    taken.append(next(g))
    gc.collect()
print("".join(taken), "".join(g))

print([c for c in "aa"][0] == [c for c in "ba"][1])

# == and != with constants of several lengths, on both sides.
samples = ["", "a", "b", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh" + "i",
           "abcdefghijklmnopqrst", "é", built, ascii_built, "xyzw", "abcdefgX"]
for v in samples:
    print(repr(v),
          v == "", v == "a", "a" == v, v != "b", v == "ab", v == "abcdefg",
          v == "abcdefgh", "abcdefgh" != v, v == "abcdefghi",
          v == "abcdefghijklmnopqrst", v == "é", v == "abcdéfg", v == "xyzw", v != "xyzw")

# Operands that are not strs: their own __eq__ (or the reflected one) decides.
class Anything:
    def __eq__(self, other):
        return "always"

    def __ne__(self, other):
        return 0


class Shouty(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other)

    __hash__ = str.__hash__


for v in [0, 1, None, 2.5, ("a",), ["a"], b"a", Anything(), Shouty("A"), Plain("a")]:
    print(type(v).__name__, v == "a", "a" == v, v != "a", "a" != v)

x = "ab"
if x == "ab":
    print("branch taken")
if "ab" != x:
    print("never")
else:
    print("else taken")
print((x == "ab") is True, (x != "ab") is False)


class Bad:
    def __eq__(self, other):
        raise ValueError("no comparing " + other)


try:
    Bad() == "me"
except ValueError as e:
    print(e)
if Bad() == "fails":
    print("unreachable")
