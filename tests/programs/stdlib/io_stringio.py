# io.StringIO and io.BytesIO: reading, writing, seeking, newline modes, subclasses.
import io
import sys
from contextlib import redirect_stdout

s = io.StringIO("line one\nline two\nthree")
print(s.readline(), end="")
print(s.tell(), repr(s.read(4)), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
print(s.seek(0), list(s))
print(s.seek(5), s.write("ONE"), s.getvalue())
print(s.seek(0, 2), s.write("!"), s.getvalue())
print(s.truncate(8), repr(s.getvalue()), s.tell())
s.seek(20)
s.write("far")
print(repr(s.getvalue()))
s.close()
print(s.closed)
for action in (s.read, s.getvalue, lambda: s.write("x"), s.tell):
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)

out = io.StringIO()
for i in range(5):
    print(i, i * i, sep=":", file=out)
out.write("héllo ✓\n")
print(repr(out.getvalue()), out.tell(), len(out.getvalue()))
out.seek(0)
print([line.rstrip() for line in out])

# Newline modes.
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).getvalue()))
print(io.StringIO("a\r\nb\rc\n", newline="").readlines())
print(io.StringIO("a\r\nb\rc\n").readlines())
n = io.StringIO(newline="\r\n")
n.write("x\ny\n")
print(repr(n.getvalue()))

for bad in [(-1,), (1, 1), (1, 2), (0, 3)]:
    try:
        io.StringIO("abc").seek(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
for call in [lambda: io.StringIO(b"x"), lambda: io.StringIO().write(b"x"),
             lambda: io.StringIO(newline="x"), lambda: io.StringIO("a").truncate(-1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# redirect_stdout and print honour a rebound sys.stdout.
buffer = io.StringIO()
with redirect_stdout(buffer):
    print("captured", 42)
    sys.stdout.write("direct\n")
print(repr(buffer.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
hidden = sys.stdout.getvalue()
sys.stdout = saved
print(repr(hidden), sys.stdout is sys.__stdout__)


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
print("shout", file=u)
u.writelines(["a", "b\n"])
print(repr(u.getvalue()), isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))


class Collector(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)


c = Collector()
print("to", "collector", file=c)
c.writelines(["x", "y"])
print(c.parts, c.readable(), c.writable(), c.closed)
for name in ["read", "readline", "fileno", "truncate"]:
    try:
        getattr(c, name)()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
with c:
    pass
print(c.closed)

# BytesIO.
b = io.BytesIO(b"abc\ndef\nghi")
print(b.readline(), b.read(2), b.tell(), b.readlines())
print(b.seek(0), list(b), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(1), b.write(b"ZZ"), b.getvalue())
print(b.seek(20), b.write(bytearray(b"!")), b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
for call in [lambda: b.write("str"), lambda: b.seek(-1), lambda: io.BytesIO("x")]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = io.BytesIO()
e.write(b"one ")
e.write(memoryview(b"two"))
print(e.getvalue(), e.read(), isinstance(e, io.BufferedIOBase))
e.close()
try:
    e.getvalue()
except ValueError as err:
    print("ValueError:", err)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO, io.BytesIO, io.TextIOWrapper, io.BufferedReader, io.IOBase)
