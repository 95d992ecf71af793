# One-character ASCII strs are shared objects in closc (as CPython shares them): indexing,
# iterating and building them must behave as any str.
s = "hello, world"
a = s[0]
b = "xhx"[1]
print(a == b, a, repr(s[5]), [c for c in s if c.isalpha()][:3], a + b, a * 3)
letters = list("abcabc")
print(letters[0] == letters[3], "".join(reversed(letters)), {c: s.count(c) for c in "lo"})
word = ""
for c in "closc":
    word += c
word += "!"
print(word, word[-1], chr(65), str(7), "abc"[1:2], s[0].upper(), s[0], "".join(sorted(set(s))))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()), hash("s") == hash(s[0:0] + "s"), "é"[0], {"h": 1}[a])
print("ab"[5])
