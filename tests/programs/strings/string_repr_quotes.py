# Checks repr() of strings: quote choice, escapes, unicode, and reprs nested in containers.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "tab\there", "new\nline",
           "back\\slash", "\x00\x07\x1f\x7f", "é ü 日本", "\u200b", "\r", "'", '"', "''\"\""]
for s in samples:
    print(repr(s), len(s))

print(samples[:4])
print({"key's": 'val "q"', "k": ["x'y"]})
print(("a",), ["'"], {'"': "'"})
print(str("it's"), str(["it's"]), repr(repr("a")), repr(str(["b"])))
print("%r and %s" % ("q'", "q'"), f"{'x'!r} {'x'}")
nested = [["a", ("b", ["c'd"])], {"e": {"f": 'g"h'}}]
print(nested)
print(repr(nested) == str(nested), len(repr(nested)))
