# io.TextIOWrapper made over a binary file object, and reconfigure().
import io
import sys

raw = io.BytesIO("a\r\nb\rc\nnaïve\n".encode())
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.encoding, t.errors, hasattr(t, "mode"), t.buffer is raw)
print(t.readlines())
print(t.seek(0), repr(t.read(3)), repr(t.readline()))

out = io.BytesIO()
w = io.TextIOWrapper(out, newline="\r\n")
print(w.write("x\ny\n"), w.encoding)
w.flush()
print(out.getvalue())

latin = io.BytesIO()
lw = io.TextIOWrapper(latin, encoding="latin-1")
lw.write("ÿes")
lw.flush()
print(latin.getvalue())

PATH = "/tmp/closc_io_textiowrapper.bin"
with open(PATH, "wb") as f:
    f.write("über\nline\n".encode())
with open(PATH, "rb") as f:
    wrapped = io.TextIOWrapper(f)
    print(repr(wrapped), list(wrapped))

for call in [lambda: io.TextIOWrapper(), lambda: io.TextIOWrapper(io.BytesIO(), encoding=1),
             lambda: io.TextIOWrapper(io.BytesIO(), newline="x"),
             lambda: io.TextIOWrapper(io.BytesIO(), encoding="bogus"),
             lambda: io.TextIOWrapper("not a file")]:
    try:
        call()
    except (TypeError, ValueError, LookupError, AttributeError) as e:
        print(type(e).__name__, e)

sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding="utf-8", errors="strict")
print(sys.stdout.encoding, "✓")
