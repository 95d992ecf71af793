# blake2 parameters (digest_size, key, salt, person), hash object attributes, and
# hashlib's errors; ends with an uncaught one.
import hashlib

for size in (1, 16, 20, 32, 64):
    print(size, hashlib.blake2b(b"message", digest_size=size).hexdigest())
    print(size, hashlib.blake2b(b"message", digest_size=size, key=b"secret key").hexdigest())
for size in (1, 16, 32):
    print(size, hashlib.blake2s(b"message", digest_size=size, key=b"k").hexdigest())
print(hashlib.blake2b(b"x" * 300, salt=b"salty", person=b"someone").hexdigest())
print(hashlib.blake2b(key=b"k" * 64).hexdigest())
print(hashlib.blake2s(b"abc", salt=b"12345678", person=b"p").hexdigest())
print(hashlib.new("blake2b", b"abc", digest_size=8).hexdigest())
print(hashlib.new("blake2s", digest_size=4, key=b"q").hexdigest())

# A keyed digest to sign messages, copied part way.
signer = hashlib.blake2b(key=b"pseudorandom key", digest_size=16)
signer.update(b"first part, ")
fork = signer.copy()
signer.update(b"second part")
fork.update(b"other part")
print(signer.hexdigest(), fork.hexdigest(), fork.digest_size, fork.name, fork.block_size)
print(type(signer).__name__, type(hashlib.md5()).__name__, type(hashlib.shake_128()).__name__)
print(hashlib.md5().digest_size, hashlib.sha512().block_size, hashlib.shake_256().digest_size)

attempts = [
    lambda: hashlib.new("x"),
    lambda: hashlib.new("sha3-256").name,
    lambda: hashlib.new("SHAKE128").name,
    lambda: hashlib.new("sha-1").hexdigest(),
    lambda: hashlib.new("crc32"),
    lambda: hashlib.new(1),
    lambda: hashlib.md5("text"),
    lambda: hashlib.sha256().update("text"),
    lambda: hashlib.md5(1),
    lambda: hashlib.md5(b"", b""),
    lambda: hashlib.md5(data=b"x"),
    lambda: hashlib.blake2b(digest_size=70),
    lambda: hashlib.blake2s(digest_size=0),
    lambda: hashlib.blake2b(key=b"x" * 65),
    lambda: hashlib.blake2s(key=b"x" * 33),
    lambda: hashlib.blake2s(salt=b"x" * 9),
    lambda: hashlib.blake2b(person=b"x" * 17),
    lambda: hashlib.blake2b("text"),
    lambda: hashlib.shake_128(b"").hexdigest(),
    lambda: hashlib.md5().update(),
    lambda: hashlib.md5().update(b"", b""),
    lambda: hashlib.md5().update(data=b""),
    lambda: hashlib.md5().digest(1),
    lambda: hashlib.sha1().hexdigest(1),
    lambda: hashlib.sha1().copy(1),
    lambda: hashlib.blake2b().digest(1),
    lambda: hashlib.blake2b().update(),
    lambda: hashlib.blake2s().copy(2),
    lambda: hashlib.shake_128().digest(1, 2),
]
for attempt in attempts:
    try:
        print(attempt())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

hashlib.sha1("not bytes")
