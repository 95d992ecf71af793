# open() errors with CPython's messages; ends in an uncaught FileNotFoundError.
import io

PATH = "/tmp/closc_io_open_errors.txt"
open(PATH, "w").close()


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(result))


for mode in ["rw", "rr", "q", "t", "b", "bt", "U", "rU", "r++", "wa", "+"]:
    attempt("mode " + mode, lambda: open(PATH, mode))
attempt("mode int", lambda: open(PATH, 3))
attempt("rb encoding", lambda: open(PATH, "rb", encoding="utf-8"))
attempt("rb errors", lambda: open(PATH, "rb", errors="strict"))
attempt("rb newline", lambda: open(PATH, "rb", newline=""))
attempt("unbuffered text", lambda: open(PATH, buffering=0))
attempt("newline x", lambda: open(PATH, newline="x"))
attempt("newline int", lambda: open(PATH, newline=1))
attempt("encoding unknown", lambda: open(PATH, encoding="no-such-codec"))
attempt("encoding int", lambda: open(PATH, encoding=5))
attempt("file list", lambda: open([PATH]))
attempt("file None", lambda: open(None))
attempt("file float", lambda: open(1.5))
attempt("missing", lambda: open("/tmp/closc_io_no_such_dir/file.txt"))
attempt("missing write", lambda: open("/tmp/closc_io_no_such_dir/file.txt", "w"))
attempt("directory", lambda: open("/tmp"))
attempt("directory write", lambda: open("/tmp", "w"))
attempt("exclusive", lambda: open(PATH, "x"))
attempt("no argument", lambda: open())

try:
    open("/tmp/closc_io_no_such_dir/x")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)

r = open(PATH)
attempt("write on reader", lambda: r.write("x"))
w = open(PATH, "w")
attempt("read on writer", lambda: w.read())
attempt("readline on writer", lambda: w.readline())
attempt("iterate writer", lambda: list(w))
attempt("bytes to text", lambda: w.write(b"x"))
attempt("int to text", lambda: w.write(1))
attempt("text seek cur", lambda: r.seek(1, 1))
attempt("text seek end", lambda: r.seek(-1, 2))
attempt("text seek negative", lambda: r.seek(-1))
attempt("text seek whence", lambda: r.seek(0, 3))
try:
    w.read()
except io.UnsupportedOperation as e:
    print(isinstance(e, OSError), isinstance(e, ValueError), type(e).__module__)
r.close()
w.close()
for name, action in [
    ("read", lambda: r.read()),
    ("readline", lambda: r.readline()),
    ("write", lambda: w.write("x")),
    ("seek", lambda: r.seek(0)),
    ("tell", lambda: r.tell()),
    ("iter", lambda: iter(r)),
    ("with", lambda: w.__enter__()),
    ("flush", lambda: w.flush()),
    ("fileno", lambda: r.fileno()),
    ("readable", lambda: r.readable()),
]:
    attempt("closed " + name, action)
b = open(PATH, "rb")
attempt("str to binary reader", lambda: b.write(b"x"))
bw = open(PATH, "wb")
attempt("str to binary", lambda: bw.write("x"))
attempt("binary negative seek", lambda: bw.seek(-1))
bw.close()
b.close()

with open("/tmp/closc_io_no_such_dir/missing.txt") as f:
    print(f.read())
