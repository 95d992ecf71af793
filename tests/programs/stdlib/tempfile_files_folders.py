import os
import tempfile

base = "/tmp/closc_tempfile_test"
os.makedirs(base, exist_ok=True)
tempfile.tempdir = None
print(os.path.isdir(tempfile.gettempdir()), tempfile.gettempprefix())

fd, path = tempfile.mkstemp(suffix=".txt", prefix="run_", dir=base)
print(isinstance(fd, int), os.path.basename(path).startswith("run_"), path.endswith(".txt"), os.path.isabs(path))
os.write(fd, b"hello")
os.close(fd)
print(oct(os.stat(path).st_mode & 0o777), os.path.getsize(path))
os.remove(path)

folder = tempfile.mkdtemp(prefix="d_", dir=base)
print(os.path.isdir(folder), oct(os.stat(folder).st_mode & 0o777), os.listdir(folder))
os.rmdir(folder)

with tempfile.TemporaryDirectory(dir=base) as d:
    inner = os.path.join(d, "sub", "file.txt")
    os.makedirs(os.path.dirname(inner))
    with open(inner, "w") as f:
        f.write("data")
    print(os.path.exists(inner), sorted(os.listdir(d)))
print(os.path.exists(d))

t = tempfile.TemporaryDirectory(suffix="_x", dir=base)
print(repr(t).startswith("<TemporaryDirectory '"), t.name.endswith("_x"))
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))

with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=base) as f:
    f.write("line one\nline two\n")
    f.flush()
    name = f.name
    print(os.path.exists(name), name.endswith(".log"))
    f.seek(0)
    print(f.read().splitlines())
print(os.path.exists(name))

g = tempfile.NamedTemporaryFile(delete=False, dir=base)
g.write(b"kept")
g.close()
print(open(g.name, "rb").read())
os.remove(g.name)

with tempfile.TemporaryFile("w+t", dir=base) as h:
    h.write("abc")
    h.seek(0)
    print(h.read())

names = {tempfile.mktemp(dir=base) for _ in range(20)}
print(len(names), all(not os.path.exists(n) for n in names))
print(os.listdir(base))
os.rmdir(base)
try:
    tempfile.mkstemp(dir="/nonexistent/closc_tempfile")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename.startswith("/nonexistent/closc_tempfile/tmp"))
tempfile.mkdtemp(dir=5)
