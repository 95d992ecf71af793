# Checks __format__, str.format field access and nested specs, f-string = specifier, %* widths, split variants and str predicates.
class P:
    x = 5
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print("{0.x} {0.x:>4}".format(p), "{p.x}".format(p=p), "{:abc}".format(p), f"{p:xyz}", format(p, "q"))
print("{0[a]} {0[1]}".format({"a": 1, 1: 2}), "{[0]}".format([9]), "{:{}{}}".format(3.14159, ".", "2f") if False else "")
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}}".format(5, "03"))
x = 10; name = "bob"
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{name=!r}", f"{x*2=}", f"{name!s:>6}", f"{name!r:>8}")
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("%(n)5s|%(n)-5s|" % {"n": "ab"}, "%%d" % (), "%s%%" % 50, "%3c|" % "x")
print(f"""multi
{x}line""", f'{"q"}', f"{'{'}", f"{{x}}", f"{x:{'>'}{4}}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
print("{:+,.2f}".format(1234567.891), "{:x<6}".format(1), "{:=8}".format(-3), "{:08.3f}".format(-3.5), "{:#010x}".format(255))
print("{:n}".format(1234) if False else "", "{:c}".format(65), "{:X}".format(255), "{:o}".format(-8), "{:.3s}".format("abcdef"), "{:s}".format("s"))
print("{!r}".format(1.5), "{!s}".format([1]), "{}{}{}".format(*"abc"), "{a}{b}".format(**{"a": 1, "b": 2}))
print(repr("tab\there"), repr("\r\x0b\x0c"), repr("\x1b[0m"), repr("\u0100"), repr("'\""), repr("\\"))
print("abc".split("b", -1), "a  b".split(" "), "  a b ".split(None, 1), "a\n\nb".split("\n"), "x".rsplit(), " a b c ".rsplit(None, 1))
print("%-10s|" % "hi", "%.1s" % "xyz", "%5.1s|" % "xyz", "%x" % -255, "%X" % 255, "%#x" % 255, "%#o" % 8, "%e" % 0, "%r" % "q")
print("aXbXc".split("X", 0), "abc".find(""), "abc".rfind(""), "abc".count(""), "".join([]), "ab".center(5), "ab".center(6, "-"))
print("a".join("xyz"), "title case here".title(), "o'neil".title(), "ABC".lower().upper(), "i".upper(), "abc123".upper())
print("x".ljust(0), "abc"[-100:100], "abc"[2:-100:-1], "abcdef"[::-2], "abcdef"[-2::-2], "abcdef"[1:5][::-1])
print("tEST".capitalize(), "  spaced  ".strip(" s"), "mississippi".replace("ss", "S"), "mississippi".split("ss"), "aaa".replace("", "-"))
print(str(12345678901234567890), str(-0), "%d" % 2**70, f"{2**70:x}", "{:,}".format(-1234), f"{1000000:_d}", f"{-0.0}")
print("%s and %s" % ("a", "b"), "%s" % "single", "%s" % ("tuple",), "%(x)s" % {"x": [1]}, "% d" % 5, "%+.2e" % 12345.6789)
