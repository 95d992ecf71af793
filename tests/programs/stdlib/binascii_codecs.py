import binascii


def attempt(f, *args, **kwargs):
    try:
        print("ok", repr(f(*args, **kwargs)))
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)


samples = [b"", b"a", b"ab", b"abc", b"abcd", b"\x00\xff\x10", bytes(range(40)), b"hello world"]
for data in samples:
    h = binascii.hexlify(data)
    b64 = binascii.b2a_base64(data)
    print(h, binascii.unhexlify(h) == data, b64, binascii.a2b_base64(b64) == data)
    print(binascii.b2a_hex(data), binascii.b2a_base64(data, newline=False))
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF))

print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2), binascii.b2a_hex(b"\xab\xcd", sep=" "))
print(binascii.hexlify(bytearray(b"xy")), binascii.hexlify(memoryview(b"xy")))
print(binascii.unhexlify("DEADbeef"), binascii.a2b_hex(b"0a0B"), binascii.a2b_hex(bytearray(b"ff")))
print(binascii.a2b_base64("aGVsbG8="), binascii.a2b_base64(b"aGVs\nbG8=\n"), binascii.a2b_base64(b"aG!!VsbG8="))
print(binascii.crc32(b"hello", -1), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(b"abc", 0x1FFFF))

attempt(binascii.unhexlify, b"abc")
attempt(binascii.unhexlify, b"zz")
attempt(binascii.unhexlify, "é0")
attempt(binascii.unhexlify, 5)
attempt(binascii.hexlify, "abc")
attempt(binascii.hexlify, b"abc", "--")
attempt(binascii.hexlify, b"abc", "é")
attempt(binascii.b2a_base64, "abc")
for s in [b"YWJj\n", b"YW=Jj", b"YWJ", b"Y", b"YWJjZA==extra", b"=YWJj", b"YWJjZ===", b"YW Jj",
          b"YWJjZGVmZ", b"abcde=", b"ab=c", b"a===", b"", b"YQ==", b"YQ=", b"YQ", b"YWI=", b"YWI",
          b"YQ===", b"==YQ"]:
    attempt(binascii.a2b_base64, s)
    attempt(binascii.a2b_base64, s, strict_mode=True)
attempt(binascii.a2b_base64, "a\u00e9bc")

print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.Error.__module__, binascii.Error.__name__, binascii.Incomplete.__name__)
try:
    binascii.unhexlify("0")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)

binascii.a2b_base64(b"abcde")
