# Sorting all-int and all-str keys (which closc sorts without Python comparisons): NUL
# characters, shared prefixes longer and shorter than 8 bytes, non-ASCII text, duplicates,
# stability with key= and reverse=, and the mixed cases that must compare one by one.
words = ["b", "a", "ab", "ab\0", "ab\0\0", "a\0b", "", "\0", "abcdefgh", "abcdefghi",
         "abcdefgh\0", "abcdefgg", "abcdefgz", "é", "e", "z", "ü", "日本", "日", "a" * 20,
         "a" * 19 + "b", "a" * 19, "B", "ab", "b", ""]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w[:1]))
print(sorted(words, key=lambda w: w[:1], reverse=True))
pairs = [(w, i) for i, w in enumerate(words)]
print(sorted(pairs, key=lambda p: p[0])[:8])
nums = [5, -3, 0, 5, 2**62 - 1, -2**62, 7, -3, 1]
print(sorted(nums), sorted(nums, reverse=True))
print(sorted(range(20), key=lambda n: n % 4))
print(sorted(range(20), key=lambda n: n % 4, reverse=True))
big = [2**70, 5, -2**70, 0, True, False, 3.5]
print(sorted(big))
items = list(range(30))
items.sort(key=lambda n: -(n // 3))
print(items)
data = [(i * 7919) % 10007 for i in range(2000)]
strs = [str(x) for x in data]
print(sorted(data)[:5], sorted(data)[-5:], sorted(strs)[:5], sorted(strs, reverse=True)[:5])
print(sorted(strs) == sorted(strs, key=lambda s: s))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
print(sorted(["b", "a"], key=str.upper), sorted([3, 1, 2], key=None))
floats = [2.5, -0.0, 0.0, -1e300, float("inf"), 1e-300, -float("inf"), 2.5, 0.0, -0.0]
print(sorted(floats), sorted(floats, reverse=True))
print(sorted(range(10), key=lambda n: (n % 3) * 0.5))
with_nan = [3.0, float("nan"), 1.0, 2.0, float("nan"), 0.5]
print(sorted(with_nan), sorted(with_nan, reverse=True))
print(sorted([1, 2.5, 0.5, 2]), sorted([2**60 + 1, float(2**60), 2**60]))
