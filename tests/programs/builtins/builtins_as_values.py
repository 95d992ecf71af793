# Checks builtins and unbound/bound methods used as values and keys: max(d, key=d.get), str.lower keys, map with builtins.
d = {"a": 3, "b": 7, "c": 5}
print(max(d, key=d.get), sorted(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
p = print
p("via alias", end="!\n")
fs = [len, str.upper, abs, int, float, str, list, tuple, sorted, repr]
print([f(-2) if f is abs else f("3") if f in (int, float) else f("abc") for f in fs])
print(list(map(str.strip, [" a ", "b "])), list(map(int.__add__, [1], [2])) if False else "", list(map(list.__len__, [[1]])) if False else "")
app = [].append
print(app(1))
lst = []
add = lst.append
for i in range(3):
    add(i * i)
print(lst)
up = "hello".upper
print(up(), "a-b".split("-"), str.split("a b"), str.join(",", ["x", "y"]), list.__name__ if False else "")
print(dict.get(d, "a"), list.count([1, 1], 1), str.count("aaa", "a"))
print(sorted(["b", "C", "a"], key=str.casefold), list(filter(str.isdigit, ["1", "a", "22"])))
print(isinstance(print, type(len)), callable(str.upper), type(str.upper).__name__ if False else "")
cmp = (lambda a, b: (a > b) - (a < b))
print([cmp(1, 2), cmp(2, 2), cmp(3, 2)])
conv = {"int": int, "float": float, "str": str}
print([conv[t]("12") for t in ["int", "float", "str"]])
print(list(map(pow, [2, 3], [3, 2])), list(map(divmod, [7, 8], [2, 3])), list(map(max, [1, 5], [4, 2])))
print(list(zip(range(3), map(chr, range(97, 100)))), list(enumerate(map(str, [1, 2]))))
print(sum(map(len, ["ab", "cde"])), max(map(abs, [-5, 3])), sorted(map(lambda s: s[::-1], ["ab", "ba"])))
print(any(map(str.isupper, ["a", "B"])), all(map(bool, [1, 0])), list(map(str.__len__, ["ab"])) if False else "")
print(min([3, 1, 2], key=lambda x: -x), max("apple", "fig", "banana", key=len), min([], key=len, default="none"))
print(round(3.14159, 2), round(-0.5), round(0.5000001), round(2.675 * 100) / 100, abs(-3.5), abs(-(2**65)))
print(int("0b11", 2) if False else int("11", 2), int("-ff", 16), int("Z", 36), int("  +7  "), int("0", 0), int(" 0x_ff ".strip().replace("_", ""), 16))
print(hex(0), oct(-0), bin(2**65), hex(-1), str(-0x10))
