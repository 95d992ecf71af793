# OSError(errno, ...) picks the errno subclass; its str, args and attributes
for n in [11, 114, 115, 10, 32, 108, 103, 111, 104, 17, 2, 21, 20, 4, 13, 1, 3, 110, 999]:
    e = OSError(n, "x")
    print(n, type(e).__name__, isinstance(e, OSError), e)
e = OSError(2, "No such", "f.txt")
print(e, repr(e), e.errno, e.strerror, e.filename, e.filename2, e.args)
e = OSError(2, "No such", "f.txt", None, "g")
print(e, repr(e), e.filename2)
e = OSError(2)
print(e, repr(e), e.errno, type(e).__name__)
e = OSError("a", "b")
print(e, repr(e), e.errno, type(e).__name__)
e = FileNotFoundError(13, "x")
print(type(e).__name__, e)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, e, e.errno, e.args)
print(type(OSError(32, "x")).__mro__)
print(type(OSError(13, "x")).__mro__)
class MyErr(OSError):
    def __init__(self, code):
        super().__init__(code, "mine")
m = MyErr(5)
print(type(m).__name__, m, m.errno, m.strerror)
try:
    raise OSError(13, "Permission denied", "/root")
except OSError as err:
    print(type(err).__name__, err, err.errno)
try:
    raise type(OSError(110, ""))
except OSError as err:
    print(repr(err), err.errno)
raise OSError(2, "No such")
