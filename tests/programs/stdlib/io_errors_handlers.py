# The errors= argument of text files: strict, ignore, replace, backslashreplace.
PATH = "/tmp/closc_io_errors_handlers.txt"

with open(PATH, "wb") as f:
    f.write(b"caf\xc3\xa9 \xff\xfe bad \xe2\x82 cut\nsecond \x80 line\n")

for errors in ["ignore", "replace", "backslashreplace"]:
    with open(PATH, errors=errors) as f:
        print(errors, f.errors, repr(f.read()))
    with open(PATH, encoding="ascii", errors=errors) as f:
        print(errors, "ascii", f.readlines())
try:
    open(PATH, errors="strict").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    with open(PATH, "w", encoding="ascii", errors=errors) as f:
        f.write("naïve café €\n")
    print(errors, open(PATH, "rb").read())
with open(PATH, "w", encoding="latin-1", errors="replace") as f:
    f.write("ÿ and € and 日本\n")
print(open(PATH, "rb").read())
print(open(PATH).errors)
