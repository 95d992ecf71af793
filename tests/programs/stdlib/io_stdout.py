# sys.stdout and sys.stderr as file objects, print(file=..., flush=...); ends in an
# uncaught exception after output on both streams.
import sys

print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout.write("written\n"), sys.stdout.writable(), sys.stdout.readable())
sys.stdout.writelines(["a", "b", "\n"])
sys.stdout.flush()
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.encoding, sys.stdout.mode)
print(sys.stdout.name, sys.stderr.name, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
# Text waits in the TextIOWrapper until flushed: flush it before writing bytes below it.
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
print(sys.stderr.write("to stderr\n"))
print("also to stderr", file=sys.stderr)
print("flushed", flush=True)
print("sep", "end", sep="|", end="#\n")
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__ + ":", e)
try:
    print("x", sep=3)
except TypeError as e:
    print("TypeError:", e)


class Writer:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)


w = Writer()
print("a", 1, None, file=w)
print(w.calls)
try:
    print("x", file=object())
except AttributeError as e:
    print("AttributeError:", e)
print("unicode ✓ ünïcode")
print("before the error")
raise RuntimeError("stops here")
