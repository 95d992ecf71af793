# Checks str concatenation, repetition, comparison, len, indexing and negative indexing.
s = "hello"
t = "world"
print(s + ", " + t + "!", s * 3, 3 * "ab", "x" * 0, "x" * -2, len(s * 100))
print(s[0], s[4], s[-1], s[-5], s[1] + s[-2])
print(len(""), len("a"), len("héllo"), len("日本語"), "日本語"[1])
print(s == "hello", s != t, s < t, "apple" < "banana", "Z" < "a", "abc" < "abd", "ab" < "abc")
print("" < "a", "a" <= "a", "b" > "abc", "10" < "9", "A" < "a" < "b")
print("ell" in s, "" in s, "xyz" not in s, "H" in s)

for i in range(len(t)):
    print(i, t[i], t[-i - 1])

try:
    s[5]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-6]
except IndexError as e:
    print("IndexError:", e)

# Strings are immutable; building one up creates new objects.
acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc)
acc += "!"
acc *= 2
print(acc)

try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
try:
    s + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + s
except TypeError as e:
    print("TypeError:", e)
try:
    s * "2"
except TypeError as e:
    print("TypeError:", e)
try:
    s < 3
except TypeError as e:
    print("TypeError:", e)

print(str(12) + str(3.5) + str(None) + str(True) + str([1]))
print(min("hello"), max("hello"), sorted("hello"))
