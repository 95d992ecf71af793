# shutil over a tree under /tmp: copying files and trees, moving, removing, which; and
# the raw file descriptors of os (open, read, write, close) it copies with.
import os
import shutil
import stat

base = "/tmp/closc_shutil_tree_ops"


def write(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        while data:
            data = data[os.write(fd, data):]
    finally:
        os.close(fd)


def read(path):
    fd = os.open(path, os.O_RDONLY)
    chunks = []
    try:
        while True:
            chunk = os.read(fd, 7)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(fd)
    return b"".join(chunks)


def listing(top):
    found = []
    for root, dirs, files in os.walk(top):
        for name in dirs + files:
            found.append(os.path.relpath(os.path.join(root, name), top))
    return sorted(found)


shutil.rmtree(base, ignore_errors=True)
os.makedirs(base + "/src/sub")
write(base + "/src/a.txt", b"alpha\n" * 10)
write(base + "/src/sub/b.bin", bytes(range(256)))
write(base + "/src/skip.tmp", b"x")
os.chmod(base + "/src/a.txt", 0o600)
print(read(base + "/src/a.txt")[:12], len(read(base + "/src/sub/b.bin")))

print(os.path.relpath(shutil.copyfile(base + "/src/a.txt", base + "/copy.txt"), base))
print(read(base + "/copy.txt") == read(base + "/src/a.txt"), oct(stat.S_IMODE(os.stat(base + "/copy.txt").st_mode)))
print(os.path.relpath(shutil.copy(base + "/src/a.txt", base + "/src/sub"), base))
print(oct(stat.S_IMODE(os.stat(base + "/src/sub/a.txt").st_mode)))
print(os.path.relpath(shutil.copy2(base + "/src/sub/b.bin", base + "/b2.bin"), base), os.path.getsize(base + "/b2.bin"))

shutil.copytree(base + "/src", base + "/tree", ignore=shutil.ignore_patterns("*.tmp"))
print(listing(base + "/tree"))
shutil.copytree(base + "/src", base + "/tree", dirs_exist_ok=True)
print(listing(base + "/tree"))
try:
    shutil.copytree(base + "/src", base + "/tree")
except FileExistsError as e:
    print("FileExistsError", e.strerror, os.path.relpath(e.filename, base))

print(os.path.relpath(shutil.move(base + "/copy.txt", base + "/moved.txt"), base))
print(os.path.relpath(shutil.move(base + "/moved.txt", base + "/tree"), base))
print(os.path.relpath(shutil.move(base + "/tree/sub", base + "/sub2"), base))
print(sorted(os.listdir(base)), listing(base + "/sub2"))
try:
    shutil.move(base + "/b2.bin", base + "/tree")
    shutil.copy(base + "/tree/b2.bin", base + "/b2.bin")
    shutil.move(base + "/b2.bin", base + "/tree")
except shutil.Error as e:
    print("Error", str(e).replace(base, "BASE"))

try:
    shutil.copyfile(base + "/src/a.txt", base + "/src/a.txt")
except shutil.SameFileError as e:
    print(type(e).__name__, isinstance(e, OSError), str(e).replace(base, "BASE"))
try:
    shutil.copyfile(base + "/missing", base + "/x")
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).replace(base, "BASE"))

errors = []
shutil.rmtree(base + "/missing", onerror=lambda f, p, info: errors.append((f.__name__, info[0].__name__)))
print(errors)
try:
    shutil.rmtree(base + "/missing")
except FileNotFoundError as e:
    print("FileNotFoundError", str(e).replace(base, "BASE"))
os.symlink(base + "/src", base + "/link")
try:
    shutil.rmtree(base + "/link")
except OSError as e:
    print("OSError", e)
os.unlink(base + "/link")

print(shutil.which("sh") is not None, shutil.which("closc-no-such-program"))
print(shutil.which("sh", path="/closc/none"), shutil.which("/bin/sh"))
print(os.path.basename(shutil.which("sh", path="/usr/bin:/bin")))

shutil.rmtree(base)
print(os.path.exists(base))
try:
    os.read(99999, 1)
except OSError as e:
    print(type(e).__name__, e)
