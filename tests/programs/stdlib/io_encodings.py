# Encodings of text files: utf-8, ascii, latin-1, and their errors; ends in an uncaught
# UnicodeDecodeError.
PATH = "/tmp/closc_io_encodings.txt"

with open(PATH, "w", encoding="latin-1") as f:
    print(f.encoding, f.write("café naïve ÿ\n"))
print(open(PATH, "rb").read())
print(open(PATH, encoding="latin-1").read(), end="")
print(open(PATH, encoding="latin1").readline(), end="")

with open(PATH, "w", encoding="ascii") as f:
    print(f.write("plain ascii\n"))
    try:
        f.write("not ascii: é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
print(repr(open(PATH, encoding="ascii").read()))

with open(PATH, "w", encoding="latin-1") as f:
    try:
        f.write("euro €")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)

with open(PATH, "wb") as f:
    f.write("ok line\n".encode() + b"bad \xff byte\n")
with open(PATH, encoding="ascii") as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
with open(PATH, encoding="UTF-8") as f:
    print(f.encoding)
    # The whole chunk is decoded at once, so the bad byte of line two fails line one.
    try:
        f.readline()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e.encoding, e.reason, e.start)
with open(PATH, "w", encoding="utf-8") as f:
    f.write("日本語テキスト\n" * 2000)
with open(PATH, encoding="utf-8") as f:
    text = f.read()
    print(len(text), text[:8], f.tell())
with open(PATH, "rb") as f:
    print(len(f.read()))
with open(PATH, "wb") as f:
    f.write(b"\xc3\xa9t\xc3")
print(open(PATH).read())
