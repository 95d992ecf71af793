# Text files: writing, reading, universal newlines, seek/tell, iteration, attributes.
import io

PATH = "/tmp/closc_io_open_text.txt"

with open(PATH, "w") as f:
    print(repr(f))
    print(f.name, f.mode, f.encoding, f.closed)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write("first line\n"))
    print(f.write("héllo wörld\r\nsecond\rthird\n"))
    f.writelines(["x\n", "y\n", "no newline at end"])
    print(f.tell())
print(f.closed)

# newline=None translates \r\n and \r on read; '' keeps them; '\r' splits on \r only.
print(repr(open(PATH).read()))
print(repr(open(PATH, newline="").read()))
print(open(PATH).readlines())
print(open(PATH, newline="").readlines())
print(open(PATH, newline="\r").readlines())
print(open(PATH, newline="\n").readlines())
print(open(PATH, newline="\r\n").readlines())

with open(PATH) as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(5)))
    print(repr(f.readline(3)))
    rest = [line.rstrip("\n") for line in f]
    print(rest)
    print(repr(f.read()), repr(f.readline()))
    print(f.seek(0), repr(f.read(10)), f.tell())
    print(f.seek(0, 2), repr(f.read()))

# Reading lazily, line by line, with enumerate and a break.
with open(PATH, "rt") as f:
    for number, line in enumerate(f, 1):
        print(number, repr(line))
        if number == 3:
            break
    print("after break:", repr(next(f)))
    try:
        f.tell()
    except OSError as e:
        print("OSError:", e)
    print(f.seek(0), f.tell(), len(list(f)), f.tell() > 0)

# Appending, r+ and w+.
with open(PATH, "a") as f:
    print(f.tell() > 0)
    f.write("\nappended\n")
print(open(PATH).read().splitlines()[-2:])

with open(PATH, "w+") as f:
    f.write("0123456789\nabc\n")
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write("end\n")
    f.seek(0)
    print(f.read().split("\n"))
    print(f.truncate(4), f.tell())
print(repr(open(PATH).read()))

with open(PATH, "r+") as f:
    print(repr(f.read(2)))
    f.seek(0)
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))

# newline='\r\n' and '\r' translate '\n' on write.
with open(PATH, "w", newline="\r\n") as f:
    f.write("a\nb\n")
print(open(PATH, "rb").read())
with open(PATH, "w", newline="\r") as f:
    f.write("a\nb\n")
print(open(PATH, "rb").read())
print(open(PATH).read().split("\n"))

# A file written by an unnamed object is readable at once.
open(PATH, "w").write("written without close\n")
print(open(PATH).read(), end="")

# A large file, crossing the buffer size with multibyte characters.
with open(PATH, "w", encoding="utf-8") as f:
    for i in range(3000):
        f.write(f"línea {i} ✓\n")
with open(PATH, encoding="utf-8") as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(PATH) as f:
    total = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        total += len(chunk)
print(total, sum(len(line) for line in lines))

f = open(PATH)
f.close()
f.close()
print(f.closed, repr(f))
with open(PATH, "w") as f:
    print("via print", 1, 2, sep="-", file=f)
    print("second", file=f, end="!\n")
print(open(PATH).read(), end="")
print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
print(type(f).__name__, io.open is open)
print(f.buffer.name, f.fileno() if not f.closed else "closed")
