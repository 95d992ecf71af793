import base64
import binascii


def attempt(f, *args, **kwargs):
    try:
        print("ok", repr(f(*args, **kwargs)))
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\x00\x00\x00\x00",
           b"    ", b"\xff\xfe\xfd", b"hello world!"]
for data in samples:
    encoded = [
        base64.b64encode(data), base64.standard_b64encode(data), base64.urlsafe_b64encode(data),
        base64.b32encode(data), base64.b32hexencode(data), base64.b16encode(data),
        base64.b85encode(data), base64.b85encode(data, pad=True), base64.a85encode(data),
        base64.a85encode(data, foldspaces=True), base64.a85encode(data, adobe=True),
        base64.a85encode(data, pad=True), base64.encodebytes(data),
    ]
    for e in encoded:
        print(e if len(e) < 90 else (len(e), e[:40], e[-40:]))
    back = [
        base64.b64decode(encoded[0]), base64.standard_b64decode(encoded[1]),
        base64.urlsafe_b64decode(encoded[2]), base64.b32decode(encoded[3]),
        base64.b32hexdecode(encoded[4]), base64.b16decode(encoded[5]),
        base64.b85decode(encoded[6]), base64.a85decode(encoded[8]),
        base64.a85decode(encoded[9], foldspaces=True), base64.a85decode(encoded[10], adobe=True),
        base64.decodebytes(encoded[12]),
    ]
    print([b == data for b in back])

print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"), base64.b64decode("-__-", altchars="-_"))
print(base64.b64decode("aGVsbG8="), base64.b64decode(bytearray(b"aGk=")), base64.b64decode(b"aG\nk="))
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.urlsafe_b64decode("-_8="))
print(base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ=", map01="L"))
print(base64.b32decode(b"0Y======", map01=b"I"), base64.b16decode("666f6f", casefold=True))
print(base64.a85encode(b"A long sentence that wraps around", wrapcol=10))
print(base64.a85encode(b"A long sentence", wrapcol=8, adobe=True))
print(base64.a85decode(b"<~9jqo^~>", adobe=True), base64.a85decode(b"9jqo ^\nBl"))
print(base64.encodebytes(bytes(range(100))))
print(base64.decodebytes(b"AAECAwQF\nBgc=\n"))

attempt(base64.b64decode, "aGVsbG8")
attempt(base64.b64decode, "aGVs bG8=", validate=True)
attempt(base64.b64decode, "aGVs$bG8=")
attempt(base64.b64decode, "h\u00e9llo")
attempt(base64.b64decode, 42)
attempt(base64.b64encode, "text")
attempt(base64.b32decode, "MZXW6")
attempt(base64.b32decode, "MZXW6!==")
attempt(base64.b32decode, "MZXW6Y==")
attempt(base64.b32decode, "========")
attempt(base64.b32encode, "text")
attempt(base64.b16decode, "666F6")
attempt(base64.b16decode, "666f6f")
attempt(base64.b16decode, "GG")
attempt(base64.b85decode, b"|NsC0~")
attempt(base64.b85decode, b"ab\"cd")
attempt(base64.a85decode, b"s8W-\"s8W-!")
attempt(base64.a85decode, b"9jqzo")
attempt(base64.a85decode, b"9jq\x7f")
attempt(base64.a85decode, b"<~9jqo^", adobe=True)
attempt(base64.a85decode, b"9jyo", foldspaces=True)
attempt(base64.encodebytes, "text")

base64.b64decode("abc")
