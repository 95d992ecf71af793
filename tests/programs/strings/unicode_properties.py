# Unicode character classes, case mappings (full, titlecase, final sigma, folding), white space and digits
print("Straße".casefold(), "ﬁx".casefold(), "ΣΑΣ ΟΔΟΣ".casefold(), "İ".casefold(), len("İ".lower()))
print("ǆ".title(), "ﬁx".capitalize(), "ǅ".istitle(), "ǅemal".istitle(), "ǅ".isupper(), "ǅ".islower())
print("ΟΔΟΣ ΣΑΣ".lower(), "Σ".lower(), "AΣ".lower(), "AΣb".lower(), "A.Σ".lower(), "AΣ.".lower(), "A'Σ'x".lower())
print("ΌΣΟΣ".swapcase(), "ßtraße".upper(), "ßtraße".title(), "ßtraße".capitalize(), "ŉ".upper(), "ǰ".title())
print("hello wORLD ǈ ǉ".title(), "they're bill's".title(), "σς".upper(), "ﬀ".upper(), "ﬃ".title())
print("²".isdecimal(), "²".isdigit(), "²".isnumeric(), "Ⅷ".isdigit(), "Ⅷ".isnumeric(), "Ⅷ".isalpha(), "一".isnumeric(), "٣".isdecimal())
print("\x1c".isspace(), "\x85".isspace(), "\u200b".isspace(), "\u3000".isspace(), "\xa0".isspace(), "\u180e".isspace())
print("ª".islower(), "ª".isalpha(), "ʰ".islower(), "ᵃ".isalpha(), "\u0345".isalpha(), "Ⓐ".isupper(), "ⓐ".isalpha())
print("a\x1cb\x1dc\u2028d\x85e f".split(), " \x1f x \x1e ".strip(), "x\u3000y".rsplit(None, 1))
print(repr("\ufeff"), repr("\u0378"), repr("\u00ad"), repr("\u2028"), repr("é\u0301"), repr("\U0001f600"), repr("\ue000"))
print("\ufeff".isprintable(), "\u0378".isprintable(), " ".isprintable(), "\xa0".isprintable(), "é".isprintable())
print("ℌ".isidentifier(), "℘x".isidentifier(), "x·".isidentifier(), "·x".isidentifier(), "٣x".isidentifier(), "x٣".isidentifier())
print(int("٣٤"), int("１２"), int(" \u2000٣\u3000"), int("1_٣"), float("١.٥"), float(" ١e٢ "), float("\u2000 1.5"))
for bad in ["\x1c5", "5\x1c", "\x7f5", "٣.", "x٣"]:
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
for bad in ["\x1c1.5", "١.٥x", "\u00b2"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(e)
print(sorted({c for c in "aAbB" if c.isupper()}), "ǅ".lower(), "ǅ".upper(), "ǅ".casefold())
