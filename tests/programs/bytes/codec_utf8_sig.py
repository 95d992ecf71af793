data = "héllo".encode("utf-8-sig")
print(data, data.decode("utf-8-sig"), b"plain".decode("utf_8_sig"), "x".encode("UTF-8-SIG"))
print(b"\xef\xbb\xbfabc".decode("utf-8"), repr(b"\xef\xbb\xbfabc".decode("utf-8")))
print(b"ab\xff".decode("utf-8-sig", "replace"))
try:
    "x".encode("utf8-sig")
except LookupError as e:
    print(e)
b"\xef\xbb\xbfa\xff".decode("utf-8-sig")
