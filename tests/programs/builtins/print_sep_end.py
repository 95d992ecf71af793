# Checks print() with sep and end, no arguments, many arguments, and non-str values.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued", end="|\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" ; ")
print("multi", "line", sep="\n", end="\n--\n")
print(sep="-", end="empty call with end\n")
print("x", sep=None, end=None)
print(*[1, 2, 3])
print(*"abc", sep=".")
for i in range(3):
    print(i, end=" ")
print()
print("tab\tand\\backslash", "quote's", 'dq"')
print("unicode: é ü 日本 ∞")
print("", "", sep="|")
print("a" * 3, 10 ** 20, -0.0, sep="", end="!\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
