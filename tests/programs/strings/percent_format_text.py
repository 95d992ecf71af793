# % formatting of ASCII and non-ASCII formats: literal runs, mapping keys, padding,
# errors that name the character and its index, and bytes formats.

rows = [(1, "Oslo", 5, 1.5, "ok"), (-22, "Zürich", 0, 2.675, ""), (333, "€uro", -7, 1e-7, "late")]
for row in rows:
    print("%d, %s ,%d, %.2f ,%s" % row)
    print("%-6d|%6s|%+05d|%10.3e|%r" % row)
    print("№%d — «%s» %d%% %.1f %s" % row)
print("%(name)s is %(age)d; %(name)r again, %%" % {"name": "Ada", "age": 36})
print("%(ключ)s/%(k)s" % {"ключ": "значение", "k": "v"})
print("%c%c%c" % (65, "é", 0x263A), "%5.2s|%-5.1s|" % ("abc", "xyz"), "%*d|%-*d|" % (5, 42, 4, 7))
print("%x %X %o %#x %#o %e %g %G %i %u" % (255, 255, 8, 255, 8, 12345.678, 0.00001, 1e20, 3.9, 7))
for fmt, args in [("%d é %q", (1, 2)), ("%d %q", (1, 2)), ("%d é %\xe9", (1, 2)), ("%d é %q", (1,)), ("ü %", ()), ("%d %d", (1,)), ("%s", ()), ("%d", ("x",)), ("%(a)s", (1,)), ("abc", (1,)), ("%(a", {"a": 1})]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%d-%s-%r|%c" % (7, b"by", b"tes", 65), b"%(k)s" % {b"k": b"v"}, bytearray(b"%x") % 255)
