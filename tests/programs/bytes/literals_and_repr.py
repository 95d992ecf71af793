# Bytes literals, their repr (quote choice, escapes), and the sequence operations.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = b"hello" b' world'
print(a, len(a), type(a).__name__)
print(rb"\n\x00" + b"\n\x00", Rb"raw\\", bR'x\'y')
print(b"")
print(b"it's", b'say "hi"', b'both \' and "', b"\"only\"")
print(b"\x00\x01\x1f\x7f\x80\xfe\xff \t\n\r\\ ~")
print(repr(b'\x0b\x0c\a\b'), str(b'abc'), f"{b'x'}", f"{b'y'!r}", "%s" % b"z")
print(format(b'ab'), f"[{b'q'}]")
show("format spec", lambda: format(b'ab', '10'))
print(a[0], a[-1], a[1:4], a[::-1], a[::2], a[10:2:-3], a[100:])
show("index", lambda: a[11])
show("index -", lambda: a[-12])
show("key", lambda: a['x'])
show("big index", lambda: a[2**70])
print(a + b"!", b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2)
show("concat str", lambda: a + "x")
show("concat int", lambda: a + 1)
show("str concat", lambda: "x" + a)
show("mul str", lambda: a * "x")
show("mul float", lambda: a * 2.0)
print(a == b"hello world", a != b"hello world", a == "hello world", b"" == b"")
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"a" <= b"a", b"\xff" > b"\x00")
print(sorted([b"pear", b"apple", b"fig", b""]), max(b"xyz"), min(b"xyz"), sum(b"\x01\x02"))
show("cmp str", lambda: b"a" < "b")
show("cmp int", lambda: b"a" < 1)
print(hash(b"abc") == hash("abc"), hash(b"") == hash(""), hash(b"x") == hash(b"x"))
print(b"wor" in a, b"" in a, 111 in a, 200 in a, b"xyz" in a, a in a)
show("in str", lambda: "h" in a)
show("in range", lambda: 256 in a)
show("in neg", lambda: -1 in a)
show("in float", lambda: 1.5 in a)
print(list(b"abc"), tuple(b"\x00\xff"), [x + 1 for x in b"AB"], list(reversed(b"abc")))
print(list(enumerate(b"hi")), dict(zip(b"ab", b"cd")), set(b"aab") == {97, 98})
it = iter(b"xy")
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(bool(b""), bool(b"\x00"), not b"", b"" or "empty")
d = {b"k": 1, b"j": 2}
d[b"k"] += 10
print(d, d[b"k"], b"j" in d, "k" in d)
print(ord(b"a"), ord(bytearray(b"\xff")))
show("ord long", lambda: ord(b"ab"))
show("ord empty", lambda: ord(b""))
print(isinstance(a, bytes), isinstance(a, bytearray), isinstance(a, (str, bytes)))
print(bytes, bytearray, memoryview, type(a) is bytes)
match a:
    case b"hello world":
        print("matched literal")
match b"ab":
    case [x, y]:
        print("sequence?", x, y)
    case bytes(v):
        print("bytes pattern", v)
x = b"abc"
x += b"def"
x *= 2
print(x)
print(b"%(k)s" % {b"k": b"v"})
