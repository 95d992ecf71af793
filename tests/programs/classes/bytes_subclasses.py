# Classes deriving from bytes and bytearray: construction, __new__, super(), the builtin
# operations and methods on their instances, and the result types CPython gives.
class Blob(bytes):
    def checksum(self):
        return sum(self) % 256

    def __repr__(self):
        return f"Blob({bytes(self)!r})"


b = Blob(b"hello")
print(b, repr(b), str(b), type(b).__name__, len(b), b.checksum())
print(b[0], b[1:3], type(b[1:3]).__name__, b[::-1])
print(b.upper(), type(b.upper()).__name__, type(b.strip()).__name__, b.split(b"l"))
print(b + b"!", type(b + b"!").__name__, b"<" + b, type(b"<" + b).__name__)
print(b * 2, type(b * 2).__name__, 2 * b, b"ell" in b, 101 in b)
print(b == b"hello", b != b"x", b < b"z", hash(b) == hash(b"hello"), {b: 1}[b"hello"])
print(isinstance(b, bytes), issubclass(Blob, bytes), bytes(b), type(bytes(b)).__name__)
print(b.decode(), b.hex(), list(b), [x for x in b][:2], b.find(b"l"), b.count(b"l"))
print(b"-".join([b, Blob(b"x")]), b.startswith(b"he"), b.replace(b"l", b"L"))
print(Blob(3), Blob([65, 66]), Blob("text", "ascii"), Blob(), Blob(b"") == b"")
print(b % () if b"%" in b else "no format", Blob(b"%d-%s") % (4, b"x"))
print(bytearray(b), memoryview(b).tobytes(), int.from_bytes(Blob(b"\x01\x00"), "little"))
print(f"{b}", "%s" % b, format(b), b.title(), b.center(9, b"*"))
print(Blob.fromhex("4142"), type(Blob.fromhex("4142")).__name__)
print(sorted([Blob(b"b"), b"a", Blob(b"c")]), max(Blob(b"q"), b"r"))


class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self


t = Tagged(b"payload", "json")
print(t, t.tag, type(t).__name__, t.__dict__, len(t))


class Upper(bytes):
    def __new__(cls, text):
        return bytes.__new__(cls, text.upper(), "ascii")

    def __add__(self, other):
        return Upper((bytes(self) + bytes(other)).decode())


u = Upper("abc")
print(u, type(u + b"d").__name__, u + b"d", Upper.__new__(Upper, "q"))


class Buffer(bytearray):
    def __init__(self, data=b"", limit=8):
        super().__init__(data)
        self.limit = limit

    def write(self, chunk):
        if len(self) + len(chunk) > self.limit:
            raise OverflowError("buffer full")
        self.extend(chunk)
        return len(chunk)


buf = Buffer(b"ab")
print(buf, repr(buf), type(buf).__name__, buf.write(b"cd"), buf, buf.limit)
try:
    buf.write(b"123456")
except OverflowError as e:
    print("OverflowError", e)
buf[0] = 65
buf += b"!"
print(buf, type(buf).__name__, buf.pop(), buf.upper(), type(buf.upper()).__name__)
del buf[1]
buf.insert(0, 90)
print(buf, buf[1:], type(buf[1:]).__name__, buf + b"x", type(buf + b"x").__name__)
print(buf == b"ZAcd", bytes(buf), buf.decode(), len(buf), buf.find(b"c"))
buf.clear()
print(buf, len(buf), bool(buf))
print(Buffer(3), Buffer([1, 2]), Buffer(b"hi", limit=4).limit)


class Plain(bytearray):
    pass


p = Plain(b"xyz")
p.reverse()
print(p, p * 2, type(p * 2).__name__, b"a" + p, type(b"a" + p).__name__)
p.extend(Blob(b"12"))
print(p, bytes(Blob(b"z")) + p, p.hex(), p.isalpha())
q = Plain()
q.extra = 1
print(q, q.extra, vars(q))
for bad in (lambda: hash(Plain()), lambda: Blob(b"x") + "s", lambda: Blob(-1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
