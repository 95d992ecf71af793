# Comparisons, concatenation and iteration of strs: ASCII and not, equal objects and
# equal texts, orderings by code point, subclasses that override the operators.

words = ["apple", "Apple", "app", "apples", "", "é", "e", "z", "Ω", "€", "😀", "appé"]
for a in words:
    print(repr(a), [(a == b, a != b, a < b, a <= b, a > b, a >= b) for b in words[:6]])
print(sorted(words), min(words), max(words))
x = "".join(["ab", "c"])
print(x == "abc", x != "abc", "abc" < x, x <= "abc", x > "abb", x >= "abd")


class Loose(str):
    def __eq__(self, other):
        return str.lower(self) == str.lower(other)

    def __lt__(self, other):
        return len(self) < len(other)

    __hash__ = str.__hash__


print(Loose("ABC") == "abc", "abc" == Loose("ABC"), Loose("zz") < "aaa", "aaa" > Loose("zz"), Loose("a") != "A")


class Tag(str):
    def __add__(self, other):
        return Tag(f"<{str(self)}{other}>")


print("a" + "b", "é" + "x", "" + "", Tag("t") + "u", "s" + Tag("t"), type("s" + Tag("t")).__name__)
acc = ""
for i in range(300):
    acc += str(i % 10)
    if i % 97 == 0:
        snap = acc
print(len(acc), acc[-12:], snap[-5:], len(snap))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)

print([c for c in "héllo wörld"], list(reversed("héllo")), [c for c in "plain"], list(reversed("abc")))
n = 0
for ch in "mississippi":
    if ch == "s":
        n += 1
print(n, "".join(ch for ch in "a-b-c" if ch != "-"), sum(1 for ch in "ÿÿa" if ch > "a"))
