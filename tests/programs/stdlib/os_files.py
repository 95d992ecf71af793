# Directories and files through os: making, listing, walking, renaming and removing a
# small tree under /tmp, with the errors CPython raises for each call that fails.
import os
import stat

base = "/tmp/closc_os_files"


def write(path, text):
    # closc's programs may lack open(); the shell writes the file.
    os.system("printf '%s' '" + text + "' > " + path)


def clean(top):
    if not os.path.exists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(top)


clean(base)
os.mkdir(base)
os.makedirs(os.path.join(base, "src", "pkg", "sub"))
os.makedirs(os.path.join(base, "src", "pkg"), exist_ok=True)
os.makedirs(base + "/docs/")
write(base + "/README", "hello")
write(base + "/src/main.py", "print(1)")
write(base + "/src/pkg/__init__.py", "")
write(base + "/src/pkg/sub/deep.txt", "0123456789")
print(sorted(os.listdir(base)))
print(sorted(os.listdir(base + "/src")))
print(sorted(os.listdir(os.fsencode(base))))

for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), dirs, sorted(files))
print([os.path.relpath(r, base) for r, d, f in os.walk(base, topdown=False) if not d])

with os.scandir(base) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(repr(entry), entry.name, entry.is_dir(), entry.is_file(), entry.is_symlink(),
              entry.path == os.path.join(base, entry.name), os.fspath(entry) == entry.path)
it = os.scandir(base + "/src")
print(sorted(e.name for e in it))
it.close()

st = os.stat(base + "/src/pkg/sub/deep.txt")
print(st.st_size, st[6], st[stat.ST_SIZE], len(st), isinstance(st, tuple), type(st).__name__)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__, type(st[8]).__name__)
print(st.st_mtime_ns // 1_000_000_000 == st[8], int(st.st_mtime) == st.st_mtime_ns // 10**9)
print(stat.S_ISDIR(os.stat(base).st_mode), os.lstat(base).st_mode == os.stat(base).st_mode)
print(stat.filemode(os.stat(base + "/docs").st_mode)[0], stat.filemode(st.st_mode)[0])
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink)
print(repr(st).startswith("os.stat_result(st_mode="), repr(st).endswith(")"))

os.rename(base + "/README", base + "/README.md")
os.replace(base + "/README.md", base + "/docs/README.md")
print(sorted(os.listdir(base)), os.listdir(base + "/docs"))
os.symlink(base + "/docs", base + "/link")
print(os.path.islink(base + "/link"), os.path.isdir(base + "/link"), os.readlink(base + "/link") == base + "/docs")
print(os.path.realpath(base + "/link/README.md") == base + "/docs/README.md")
os.unlink(base + "/link")

failures = [
    (os.mkdir, (base,)),
    (os.rmdir, (base + "/src",)),
    (os.listdir, (base + "/nothing",)),
    (os.listdir, (base + "/docs/README.md",)),
    (os.remove, (base + "/docs",)),
    (os.unlink, (base + "/missing.txt",)),
    (os.stat, (base + "/missing.txt",)),
    (os.chdir, (base + "/missing",)),
    (os.rename, (base + "/a", base + "/b")),
    (os.makedirs, (base + "/src",)),
    (os.stat, (os.fsencode(base + "/missing"),)),
]
for func, args in failures:
    try:
        func(*args)
    except OSError as e:
        text = str(e).replace(base, "BASE")
        print(func.__name__, type(e).__name__, e.errno, e.strerror, text)
        print("  ", e.filename == args[0], e.filename2 == (args[1] if len(args) > 1 else None))

for bad in [1.5, None, [1], 3]:
    try:
        os.mkdir(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
try:
    os.listdir(2.5)
except TypeError as e:
    print(e)
try:
    os.rename(base, 7)
except TypeError as e:
    print(e)
try:
    os.stat("a\0b")
except ValueError as e:
    print("ValueError", e)

here = os.getcwd()
os.chdir(base + "/src")
print(os.path.basename(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")))
print(sorted(e.path for e in os.scandir()))
os.chdir(here)

os.remove(base + "/src/pkg/sub/deep.txt")
os.removedirs(base + "/src/pkg/sub")
print(os.path.exists(base + "/src/pkg/sub"), os.path.exists(base + "/src/pkg"))
clean(base)
print(os.path.exists(base))
