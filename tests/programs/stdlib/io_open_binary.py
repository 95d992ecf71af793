# Binary files: bytes in and out, buffered classes, seek and tell.
import io

PATH = "/tmp/closc_io_open_binary.bin"

with open(PATH, "wb") as f:
    print(repr(f), f.mode)
    print(f.write(b"\x00\x01\x02abc\n"), f.write(bytearray(b"line two\n")))
    print(f.write(memoryview(b"tail")), f.tell())
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)

with open(PATH, "rb") as f:
    print(repr(f), f.mode, type(f).__name__)
    print(f.read(3), f.tell())
    print(f.readline())
    print(list(f))
    print(f.read(), f.seek(-4, 2), f.read())
    print(f.seek(1), f.read(2), f.seek(2, 1), f.read())

with open(PATH, "rb") as f:
    print(f.readlines())
with open(PATH, "ab") as f:
    print(f.tell(), f.write(b"!"))
with open(PATH, "r+b") as f:
    print(repr(f), f.mode, f.read(2))
    f.seek(0)
    f.write(b"ZZ")
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.read(), f.seek(0), f.read())
with open(PATH, "rb", buffering=0) as f:
    print(repr(f), type(f).__name__, f.read(2), f.readall())
print(repr(f))
with open(PATH, "w+b") as f:
    print(f.mode, type(f).__name__)
with open(PATH, "wb") as f:
    f.write(bytes(range(256)) * 40)
with open(PATH, "rb") as f:
    data = f.read()
    print(len(data), data[250:260])
    f.seek(10000)
    print(f.read(5), f.tell())
for cls in (io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO):
    print(cls.__name__, issubclass(cls, io.IOBase))
print(isinstance(open(PATH, "rb"), io.BufferedIOBase))
with open(PATH, "rb") as f:
    chunk = bytearray(6)
    print(f.readinto(chunk), chunk, f.read1(2))
memory = io.BytesIO(b"hello world")
chunk = bytearray(4)
print(memory.readinto(chunk), chunk, memory.read1(3), memory.readinto(bytearray(10)))
try:
    memory.readinto(b"abc")
except TypeError as e:
    print("TypeError:", e)
