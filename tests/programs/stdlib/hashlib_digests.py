# Digests of every guaranteed algorithm over empty, short and long inputs, updated in
# pieces and copied.
import hashlib

print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_guaranteed - hashlib.algorithms_available))

inputs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog",
          "ünïcödé".encode("utf-8"), bytes(range(256)) * 41]
for name in sorted(hashlib.algorithms_guaranteed):
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith("shake"):
            print(name, len(data), h.hexdigest(20), h.digest(4), h.digest_size, h.block_size)
        else:
            print(name, len(data), h.hexdigest(), h.digest_size, h.block_size, h.name)
        assert h.digest().hex() == h.hexdigest() if not name.startswith("shake") else True

for constructor in (hashlib.md5, hashlib.sha1, hashlib.sha224, hashlib.sha256, hashlib.sha384,
                    hashlib.sha512, hashlib.sha3_224, hashlib.sha3_256, hashlib.sha3_384,
                    hashlib.sha3_512, hashlib.blake2b, hashlib.blake2s):
    whole = constructor(b"hello world" * 100)
    pieces = constructor()
    for i in range(100):
        pieces.update(b"hello ")
        pieces.update(bytearray(b"world"))
    print(pieces.name, whole.hexdigest() == pieces.hexdigest(), whole.digest()[:6])

h = hashlib.sha256(b"hello ")
snapshot = h.copy()
h.update(b"world")
print(h.hexdigest())
print(snapshot.hexdigest())
print(hashlib.sha256(memoryview(b"hello world")).hexdigest())
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest(), hashlib.sha1(string=b"x").hexdigest())
print(hashlib.new("SHA256", b"x").name, hashlib.new("md5", data=b"y").hexdigest())

# Hashing a stream in chunks, as programs hash a file.
chunks = [bytes([i % 251]) * 1000 for i in range(50)]
digest = hashlib.sha1()
for chunk in chunks:
    digest.update(chunk)
print(digest.hexdigest(), hashlib.sha1(b"".join(chunks)).hexdigest() == digest.hexdigest())

# Deriving keys from passwords.
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 50).hex())
print(hashlib.pbkdf2_hmac("SHA512", b"p" * 200, b"s", 3, dklen=10).hex())
print(hashlib.pbkdf2_hmac("md5", bytearray(b"p"), memoryview(b"s"), 3).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha3_256", password=b"p", salt=b"s", iterations=2).hex())
print(hashlib.pbkdf2_hmac("blake2b", b"p", b"s", 2, None).hex())
attempts = [
    lambda: hashlib.pbkdf2_hmac("sha1", "p", b"s", 2),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", "s", 2),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 0),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1, 0),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1.5),
    lambda: hashlib.pbkdf2_hmac(b"sha1", b"p", b"s", 1),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s"),
    lambda: hashlib.pbkdf2_hmac("no such hash", b"p", b"s", 0),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# An unknown digest is OpenSSL's error, uncaught here.
hashlib.pbkdf2_hmac("whirlpool", b"password", b"salt", 1)
