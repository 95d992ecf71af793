# Checks len, abs, min, max, sum, sorted on ints, floats, strings and mixed containers.
print(len("abc"), len([1, 2]), len((1,)), len({}), len({"a": 1, "b": 2}), len(range(10, 0, -2)))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 70), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, -1, 9]), max("hello"), min("b", "a", "c"))
print(min(1, 1.0), max(1.0, 1), max([[1, 2], [1, 3], [0, 9]]), min((2, "b"), (2, "a")))
print(min([5], default="none"), min([], default="none"), max(range(5)))
print(sum([1, 2, 3]), sum([]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), 1000))
print(sum([1, 2.5, True]), sum((10 ** 20, 10 ** 20)))
print(sorted([3, 1, 2]), sorted("banana"), sorted([2.5, -1, 0, True]), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted(["b", "A", "a", "B"]), sorted([(2, "x"), (1, "z"), (2, "a")]))
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=len, reverse=True))
print(max(words, key=len), min(words, key=lambda w: w[-1]))
original = [3, 1, 2]
result = sorted(original)
print(original, result, original is result)

for bad in [lambda: min([]), lambda: max(), lambda: len(5), lambda: sum(["a", "b"]),
            lambda: sorted([1, "a"]), lambda: abs("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
