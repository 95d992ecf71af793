# printf-style formatting of bytes and bytearray (`b"..." % args`).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class WithBytes:
    def __bytes__(self):
        return b"WB"
    def __repr__(self):
        return "WithBytes()"
show("basic", lambda: b"%d %s %r %a" % (1, b"x", b"y", "z"))
show("numbers", lambda: b"%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
show("floats", lambda: b"%.2f %10.3e %g %G %F" % (3.14159, 12345.678, 0.0001, 1e20, 2.5))
show("s kinds", lambda: b"%s|%s|%s|%s" % (b"b", bytearray(b"ba"), memoryview(b"mv"), WithBytes()))
show("b conv", lambda: b"%b" % b"bee")
show("width", lambda: b"[%5s][%-5s][%.2s]" % (b"ab", b"cd", b"efgh"))
show("c", lambda: b"%c%c%c" % (65, b"B", bytearray(b"C")))
show("r", lambda: b"%r %r" % ("é", [1, b"x"]))
show("a", lambda: b"%a" % ("é",))
show("percent", lambda: b"100%% %d%%" % 5)
show("single", lambda: b"[%s]" % b"one")
show("mapping", lambda: b"%(name)s is %(age)d" % {b"name": b"Bob", b"age": 42})
show("mapping str key", lambda: b"%(name)s" % {"name": b"x"})
show("bytearray fmt", lambda: bytearray(b"%d-%s") % (1, b"z"))
show("s str", lambda: b"%s" % "text")
show("s int", lambda: b"%s" % 5)
class BadBytes:
    def __bytes__(self):
        return 1
show("s bad __bytes__", lambda: b"%s" % BadBytes())
show("c big", lambda: b"%c" % 256)
show("c neg", lambda: b"%c" % -1)
show("c long", lambda: b"%c" % b"ab")
show("c str", lambda: b"%c" % "a")
show("too few", lambda: b"%d %d" % (1,))
show("too many", lambda: b"%d" % (1, 2))
show("not all single", lambda: b"no specs" % 5)
show("unsupported", lambda: b"%z" % 1)
show("unsupported high", lambda: b"ab\xe9%\xe9" % ())
show("incomplete", lambda: b"%" % ())
show("d str", lambda: b"%d" % "x")
show("x float", lambda: b"%x" % 1.5)
show("star", lambda: b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
show("bytes in str", lambda: "%s %r" % (b"x", bytearray(b"y")))
show("bytes rmod", lambda: 5 % b"x")
