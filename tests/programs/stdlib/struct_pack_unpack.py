import struct

VALUES = {
    "b": [0, 1, -1, 127, -128, 42],
    "B": [0, 1, 255, 128, 7],
    "h": [0, -1, 32767, -32768, 1000],
    "H": [0, 65535, 256, 4660],
    "i": [0, -1, 2147483647, -2147483648, 123456],
    "I": [0, 4294967295, 2 ** 31],
    "l": [0, -5, 2 ** 31 - 1],
    "L": [0, 2 ** 32 - 1],
    "q": [0, -1, 2 ** 63 - 1, -(2 ** 63)],
    "Q": [0, 2 ** 64 - 1, 2 ** 40],
    "e": [0.0, -0.0, 1.0, 0.5, 65504.0, 1e-7, 3.140625, 0.1, float("inf")],
    "f": [0.0, 1.5, -2.25, 0.1, 3.4e38, 1e-45],
    "d": [0.0, 0.1, -1e300, 2.5e-308, float("-inf")],
    "?": [True, False],
}

for mode in "@=<>!":
    for code, values in VALUES.items():
        for v in values:
            packed = struct.pack(mode + code, v)
            (back,) = struct.unpack(mode + code, packed)
            print(mode, code, v, packed.hex(), back)

for mode in "@":
    for code, values in [("n", [0, -7, 2 ** 62]), ("N", [0, 2 ** 64 - 1]), ("P", [0, 4096])]:
        for v in values:
            packed = struct.pack(mode + code, v)
            print(mode, code, v, packed.hex(), struct.unpack(mode + code, packed))

print(struct.pack("<?", []), struct.pack("<?", "x"), struct.unpack("<??", b"\x00\x05"))
print(struct.pack("c", b"a"), struct.unpack("3c", b"xyz"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.pack("s", bytearray(b"q")))
print(struct.unpack("5s", b"hello"), struct.unpack("0s", b""))
print(struct.pack("5p", b"abcdef"), struct.pack("3p", b"a"), struct.unpack("5p", b"\x09abcd"))
print(struct.pack("<3x2H", 1, 2), struct.pack("< i  h ", 5, 6))
print(struct.pack("<4b", 1, 2, 3, 4), struct.unpack(">3h", b"\x00\x01\x00\x02\xff\xff"))
print(struct.pack(b">I", 0xDEADBEEF), struct.unpack(b"<I", b"\xef\xbe\xad\xde"))
print(struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x00\xfc"), struct.unpack("<e", b"\x01\x00"))
print(struct.pack("<e", float("nan")), struct.pack("<e", 65519.0), struct.pack("<e", 5e-8))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0] == 0.1, struct.pack("@f", 1e300))
print(struct.pack("<i", True), struct.pack("<d", 3), struct.pack("<Q", 2 ** 64 - 1).hex())


class Index:
    def __index__(self):
        return 77


class Floaty:
    def __float__(self):
        return 2.5


print(struct.pack("<i", Index()), struct.pack("<d", Floaty()))

for fmt in ["", "i", "@bi", "@b0i", "@bid?e", "@ci", "@cd", "@he", "@cP", "@c?", "@cq3s", "@c2q",
            "@c5x", "<bi", "=qb", ">hlq", "!5s", "10p", "<0i", "@lL", "<lL", "@nN"]:
    print(repr(fmt), struct.calcsize(fmt))

print(struct.unpack("@bi", struct.pack("@bi", 1, 2)), struct.pack("@bi", 1, 2).hex())
print(struct.pack("@bhd", 1, 2, 3.0).hex())
