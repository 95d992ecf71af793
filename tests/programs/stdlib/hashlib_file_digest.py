# hashlib.file_digest over file-like objects: readinto chunk by chunk, getbuffer in one
# go, and objects that are not binary readable files.
import hashlib


class ChunkedReader:
    """A binary file stand-in returning at most `step` bytes per readinto."""

    def __init__(self, data, step):
        self.data = data
        self.position = 0
        self.step = step
        self.calls = 0

    def readable(self):
        return True

    def readinto(self, buffer):
        self.calls += 1
        piece = self.data[self.position:self.position + min(self.step, len(buffer))]
        buffer[:len(piece)] = piece
        self.position += len(piece)
        return len(piece)


class InMemory:
    def __init__(self, data):
        self.data = data

    def getbuffer(self):
        return memoryview(self.data)


class WriteOnly:
    def readable(self):
        return False

    def readinto(self, buffer):
        return 0

    def __repr__(self):
        return "<WriteOnly>"


payload = bytes(range(256)) * 1000
for step in (1000, 65536, 10**6):
    reader = ChunkedReader(payload, step)
    digest = hashlib.file_digest(reader, "sha256")
    print(step, reader.calls, digest.name, digest.hexdigest())
print(hashlib.sha256(payload).hexdigest())

reader = ChunkedReader(b"small file", 4)
print(hashlib.file_digest(reader, hashlib.md5, _bufsize=3).hexdigest(), reader.calls)
print(hashlib.file_digest(ChunkedReader(b"", 5), "sha1").hexdigest())
print(hashlib.file_digest(InMemory(b"abc"), hashlib.blake2b).hexdigest()[:32])
print(hashlib.file_digest(InMemory(bytearray(b"abc")), lambda: hashlib.sha3_256()).hexdigest())

for fileobj, digest in ((WriteOnly(), "md5"), (ChunkedReader(b"x", 1), "nope")):
    try:
        hashlib.file_digest(fileobj, digest)
    except ValueError as e:
        print(e)

hashlib.file_digest("not a file", "sha256")
