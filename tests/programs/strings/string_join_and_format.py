# Checks str.join, printf-style % formatting and f-strings.
words = ["alpha", "beta", "gamma"]
print(", ".join(words), "".join(words), "-".join("abc"), "|".join([]), "x".join(["only"]))
print(" ".join([str(n) for n in range(5)]), ", ".join(("t", "u")))
print("+".join({"k1": 1, "k2": 2}))
try:
    ", ".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)

# printf-style formatting.
a, b, c = 42, "str", 3.14159265358979
print("%d %s %.9f" % (a, b, c))
print("%s" % "single", "%d%%" % 50, "%5d|%-5d|%05d" % (7, 7, 7))
print("%s and %r" % ("text", "text"), "%s" % [1, "two"], "%s" % (("tuple", 1),))
print("%d items" % True, "%s" % None, "%.2f" % 2, "%10s|%-10s|" % ("right", "left"))
print("%s is %d" % ("ann", 7), "%s" % ("one-tuple",))
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)

# f-strings.
x = 7
name = "it's"
pi = 3.14159
print(f"{x}", f"x={x}", f"{x!r}", f"{name}", f"{name!r}", f"{pi:.2f}", f"{x:>5}|", f"{name:>8}|")
print(f"{x + 1} {x * x} {words[1]} {len(words)} {words[-1][::-1]}")
print(f"{'nested'} {[1, 2]} {{braces}} {x}{x}")
print(f"{pi:.0f} {-pi:.3f} {x:<4}| {x:>7}| {'ab':>3}")
d = {"k": "v"}
print(f"{d['k']} {d!r} {d}")
def shout(s):
    return s + "!"
print(f"{shout('hey')} {shout(name)!r}")
print(f"{None} {True} {3.0} {[None, 'a']}")
