import struct


def attempt(f, *args, **kwargs):
    try:
        print("ok", f(*args, **kwargs))
    except (struct.error, TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)


for mode in "@=<>":
    for code in "bBhHiIlLqQnNP":
        for v in (-2 ** 70, -1, 2 ** 70, 2 ** 31, 2 ** 63, 1.5, "1", None):
            attempt(struct.pack, mode + code, v)

attempt(struct.pack, "ii", 1)
attempt(struct.pack, "i", 1, 2)
attempt(struct.unpack, "ii", b"1234")
attempt(struct.unpack_from, "ii", b"1234")
attempt(struct.unpack_from, "ii", b"123456789", offset=4)
attempt(struct.unpack_from, "ii", b"123456789", -20)
attempt(struct.unpack_from, "ii", b"123456789", -3)
attempt(struct.unpack_from, "<i", b"123456789", -4)
attempt(struct.unpack_from, "ii", b"123456789", 20)
attempt(struct.unpack_from, "<i", buffer=b"\x01\x00\x00\x00")
buf = bytearray(6)
attempt(struct.pack_into, "ii", buf, 0, 1, 2)
attempt(struct.pack_into, "i", buf, 4, 1)
attempt(struct.pack_into, "i", buf, -20, 1)
attempt(struct.pack_into, "i", buf, -2, 1)
attempt(struct.pack_into, "i", buf, 20, 1)
attempt(struct.pack_into, "i", b"123456", 0, 1)
attempt(struct.pack_into, "i", buf, 0)
attempt(struct.pack_into, "<hh", buf, 1, 258, -1)
attempt(struct.pack_into, "<h", buf, -1 - 1, 772)
print(buf)
attempt(struct.iter_unpack, "ii", b"123")
attempt(struct.iter_unpack, "", b"123")
attempt(struct.pack, "<f", 1e300)
attempt(struct.pack, ">f", -1e300)
attempt(struct.pack, "<e", 1e300)
attempt(struct.pack, "<e", 65520.0)
attempt(struct.pack, "d", "x")
attempt(struct.pack, "c", b"ab")
attempt(struct.pack, "c", "a")
attempt(struct.pack, "c", bytearray(b"a"))
attempt(struct.pack, "s", "a")
attempt(struct.pack, "2 i", 1, 2)
attempt(struct.pack, "2", 1, 2)
attempt(struct.pack, "z")
attempt(struct.pack, "<n", 1)
attempt(struct.pack, "=P", 1)
attempt(struct.calcsize, "<99999999999999999999i")
attempt(struct.Struct, 5)
attempt(struct.pack, 5)
attempt(struct.pack)
attempt(struct.unpack, "i", "abcd")
attempt(struct.unpack, "i", 5)
attempt(struct.unpack, "i", memoryview(b"abcd"))
attempt(struct.unpack, "<i", bytearray(b"\x02\x00\x00\x00"))

print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))

s = struct.Struct("<hhl")
print(s.format, s.size)
packed = s.pack(1, 2, 3)
print(packed, s.unpack(packed), s.unpack_from(b"\x00" + packed, 1))
target = bytearray(10)
s.pack_into(target, 2, -1, -2, -3)
print(target)
attempt(s.pack, 1, 2)
attempt(s.unpack, b"12")
b = struct.Struct(b">I")
print(b.format, b.size, b.pack(1))
records = struct.pack("<hh", 1, 2) + struct.pack("<hh", 3, 4) + struct.pack("<hh", 5, 6)
it = struct.iter_unpack("<hh", records)
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it))
print(list(struct.Struct("<i").iter_unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00")))
print([x for (x,) in struct.iter_unpack("B", b"abc")])

header = struct.Struct("<4sHHI")
blob = header.pack(b"RIFF", 1, 2, 1024) + b"payload"
magic, major, minor, length = header.unpack_from(blob)
print(magic, major, minor, length, blob[header.size:])

struct.unpack("<I", b"\x00\x00")
