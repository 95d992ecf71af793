# hmac: signing and verifying messages with several hashes, incremental updates, copies,
# the one-shot digest, compare_digest and the errors; ends with an uncaught error.
import hashlib
import hmac

KEY = b"server secret"
messages = [b"", b"hello", b"a longer message " * 20]

for digestmod in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", hashlib.sha224, hashlib.blake2s):
    for message in messages:
        mac = hmac.new(KEY, message, digestmod)
        print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest()[:32])
        assert mac.digest() == hmac.digest(KEY, message, digestmod)

# Keys longer than the block are hashed first; empty keys are padded.
print(hmac.new(b"k" * 200, b"msg", "sha256").hexdigest())
print(hmac.new(b"", b"msg", "sha256").hexdigest())
print(hmac.new(bytearray(b"key"), b"msg", digestmod="sha1").hexdigest())

# Incremental updates and copies.
mac = hmac.new(KEY, digestmod=hashlib.sha256)
mac.update(b"part one; ")
checkpoint = mac.copy()
mac.update(b"part two")
checkpoint.update(b"another ending")
print(mac.hexdigest())
print(checkpoint.hexdigest())
print(mac.hexdigest() == hmac.new(KEY, b"part one; part two", "sha256").hexdigest())
print(type(mac).__name__, hmac.digest_size, hmac.trans_36[:4], hmac.trans_5C[-3:])


def sign(payload):
    return hmac.new(KEY, payload, hashlib.sha256).hexdigest()


def verify(payload, signature):
    return hmac.compare_digest(sign(payload), signature)


token = sign(b"user=alice")
print(verify(b"user=alice", token), verify(b"user=mallory", token))
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest("xyz", "xyz"),
      hmac.compare_digest(bytearray(b"q"), memoryview(b"q")))

attempts = [
    lambda: hmac.new(b"k"),
    lambda: hmac.new(b"k", digestmod=None),
    lambda: hmac.new("k", digestmod="md5"),
    lambda: hmac.new(b"k", "text", "md5"),
    lambda: hmac.new(b"k", digestmod="nope"),
    lambda: hmac.new(b"k", b"m", "sha1").update("x"),
    lambda: hmac.compare_digest("a", b"a"),
    lambda: hmac.compare_digest(b"a", 1),
    lambda: hmac.compare_digest(1, 2),
    lambda: hmac.compare_digest("a", 1),
    lambda: hmac.compare_digest("é", "é"),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

hmac.new(KEY, digestmod="sha256").update(12)
