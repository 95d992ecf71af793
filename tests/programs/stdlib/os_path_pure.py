# os.path's string functions (posixpath) on str and bytes, with CPython's TypeErrors.
import os
import os.path
import posixpath
from os import path

print(path is posixpath, os.path.sep, os.path.curdir)

cases = ["", "/", "//", "///", "a", "a/", "/a/b", "/a/b/", "a/b/c.txt", "//a//b//",
         ".bashrc", "a/.b.c", "a.b/c", "x...", "...", "./a/../b", "../../x", "/../a"]
for p in cases:
    print(repr(p), path.split(p), path.splitext(p), path.basename(p), path.dirname(p),
          path.normpath(p), path.isabs(p))
for p in [b"/a/b.c", b"", b"x/y/", b"//z/../w"]:
    print(path.split(p), path.splitext(p), path.basename(p), path.dirname(p), path.normpath(p),
          path.isabs(p), path.splitdrive(p))

print(path.join("a"), path.join("a", "b", "c"), path.join("a/", "b"), path.join("a", "/b", "c"))
print(path.join("", "x"), path.join("a", ""), path.join("/", "a"), path.join(b"a", b"b"))
print(path.commonprefix([]), path.commonprefix(["abc", "abd", "ab"]), path.commonprefix([[1, 2], [1, 3]]))
print(path.commonpath(["/usr/lib", "/usr/local/lib"]), path.commonpath(["a/b", "a/c/d", "a"]))
print(path.commonpath(["/a/./b", "/a/b/c"]), path.commonpath([b"/x/y", b"/x/z"]))
print(path.relpath("/a/b/c", "/a"), path.relpath("/a", "/a/b/c"), path.relpath("/a/b", "/a/b"))
print(path.relpath("a/b", "a"), path.relpath(b"/x/y", b"/x"))
print(path.abspath("/a/../b/./c"), path.abspath("sub") == path.join(os.getcwd(), "sub"))
print(path.normcase("A/B"), path.splitdrive("/a/b"))

os.environ["CLOSC_PATH_VAR"] = "value"
os.environ["HOME"] = "/home/closc"
for text in ["$CLOSC_PATH_VAR/x", "${CLOSC_PATH_VAR}y", "$CLOSC_PATH_UNSET/z", "a$", "$$",
             "${CLOSC_PATH_VAR", "cost: $5", "$CLOSC_PATH_VAR$CLOSC_PATH_VAR", "no vars"]:
    print(repr(path.expandvars(text)))
print(path.expandvars(b"$CLOSC_PATH_VAR/b"))
print(path.expanduser("~"), path.expanduser("~/docs"), path.expanduser("x/~"), path.expanduser(b"~/b"))
print(path.expanduser("~closc_no_such_user/x"))

bad_calls = [
    lambda: path.join("a", 1),
    lambda: path.join(1, "a"),
    lambda: path.join("a", b"b"),
    lambda: path.join(b"a", "b"),
    lambda: path.split(1),
    lambda: path.splitext(None),
    lambda: path.basename(3.5),
    lambda: path.normpath([]),
    lambda: path.commonpath([]),
    lambda: path.commonpath(["/a", "b"]),
    lambda: path.commonpath(["/a", b"/b"]),
    lambda: path.relpath(""),
    lambda: path.relpath("a", b"b"),
    lambda: path.isabs(7),
]
for call in bad_calls:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
