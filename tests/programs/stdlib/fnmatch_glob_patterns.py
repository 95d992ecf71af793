# fnmatch's shell patterns and glob over a small tree under /tmp (results sorted: glob
# lists in directory order).
import fnmatch
import glob
import os

names = ["main.py", "util.py", "README.md", ".hidden.py", "data1.csv", "data2.csv",
         "data10.csv", "a[b].txt", "x-y", "Makefile", "notes.txt~", "z"]
patterns = ["*.py", "*", "data?.csv", "data*.csv", "[a-m]*", "[!a-m]*", "*[0-9].csv",
            "[]]", "[!]]", "a[[]b].txt", "*.txt~", "?", "[z-a]", "[x-]*", "M*e", "***.md",
            "[", "*[", "data[12].csv", "", "*.PY"]
for pattern in patterns:
    print(repr(pattern), fnmatch.filter(names, pattern))
print(fnmatch.fnmatch("Main.PY", "*.py"), fnmatch.fnmatchcase("main.py", "main.py"))
print(fnmatch.fnmatch("a/b/c", "a*c"), fnmatch.fnmatch("", "*"), fnmatch.fnmatch("", "?"))
print(fnmatch.fnmatch(b"file.bin", b"*.bin"), fnmatch.filter([b"x.c", b"y.h"], b"*.[ch]"))
print(fnmatch.fnmatchcase("abcabcabd", "*abc*abd"), fnmatch.fnmatchcase("aaaaab", "a*a*a*b"))
for bad in [("a", b"a"), (b"a", "a")]:
    try:
        fnmatch.fnmatchcase(*bad)
    except TypeError as e:
        print(e)

base = "/tmp/closc_glob_patterns"


def touch(path):
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o644))


if os.path.isdir(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    os.rmdir(base)
for d in ["src/pkg", "src/.cache", "docs", "empty"]:
    os.makedirs(os.path.join(base, d))
for f in ["setup.py", "src/app.py", "src/pkg/mod.py", "src/pkg/data.json", "src/.cache/x.py",
          "docs/index.md", ".env", "src/pkg/[x].py"]:
    touch(os.path.join(base, f))


def rel(paths):
    return sorted(os.path.relpath(p, base) if os.path.isabs(p) else p for p in paths)


print(rel(glob.glob(base + "/*")))
print(rel(glob.glob(base + "/*.py")))
print(rel(glob.glob(base + "/*/*.py")))
print(rel(glob.glob(base + "/**/*.py", recursive=True)))
print(rel(glob.glob(base + "/**/", recursive=True)))
print(rel(glob.glob(base + "/**", recursive=True)))
print(rel(glob.glob(base + "/**/*.py", recursive=True, include_hidden=True)))
print(rel(glob.glob(base + "/.*")))
print(rel(glob.glob(base + "/src/pkg/" + glob.escape("[x].py"))))
print(rel(glob.glob(base + "/nothing/*")), glob.glob(base + "/setup.py") == [base + "/setup.py"])
print(sorted(glob.glob("*.py", root_dir=base)), sorted(glob.glob("src/*", root_dir=base)))
print(sorted(glob.glob("**/*.json", root_dir=base, recursive=True)))
print(sorted(glob.iglob(base + "/s*")) == sorted(glob.glob(base + "/s*")))
print(glob.escape("a*b?c[d]"), glob.escape(b"x*"), glob.has_magic("a[b"), glob.has_magic("plain"))
print(sorted(os.path.basename(p) for p in glob.glob(os.fsencode(base) + b"/*.py")))
