# os.environ as a mapping, getenv/putenv/unsetenv, fspath and PathLike, and the module's
# constants and small functions.
import os
import pwd
import sys
from collections.abc import MutableMapping

os.environ["CLOSC_OS_ENV_A"] = "alpha"
print(os.environ["CLOSC_OS_ENV_A"], os.environ.get("CLOSC_OS_ENV_A"), os.getenv("CLOSC_OS_ENV_A"))
print("CLOSC_OS_ENV_A" in os.environ, "CLOSC_OS_ENV_MISSING" in os.environ)
print(os.getenv("CLOSC_OS_ENV_MISSING"), os.getenv("CLOSC_OS_ENV_MISSING", "fallback"))
print(os.environ.get("CLOSC_OS_ENV_MISSING", 0))
print("CLOSC_OS_ENV_A" in list(os.environ), "CLOSC_OS_ENV_A" in os.environ.keys())
print(("CLOSC_OS_ENV_A", "alpha") in os.environ.items(), "alpha" in list(os.environ.values()))
print(isinstance(os.environ, MutableMapping), len(os.environ) == len(list(os.environ)))
print(os.environ.setdefault("CLOSC_OS_ENV_B", "beta"), os.environ.setdefault("CLOSC_OS_ENV_B", "other"))
copy = os.environ.copy()
print(type(copy).__name__, copy["CLOSC_OS_ENV_B"])
print(os.environ.pop("CLOSC_OS_ENV_B"), "CLOSC_OS_ENV_B" in os.environ)
os.environ.update({"CLOSC_OS_ENV_C": "gamma"})
print(os.environ["CLOSC_OS_ENV_C"])
merged = os.environ | {"CLOSC_OS_ENV_D": "delta"}
print(type(merged).__name__, merged["CLOSC_OS_ENV_D"], "CLOSC_OS_ENV_D" in os.environ)
del os.environ["CLOSC_OS_ENV_C"]
print(os.getenv("CLOSC_OS_ENV_C"))
os.system("test \"$CLOSC_OS_ENV_A\" = alpha || echo child-missed")

for action in [
    lambda: os.environ["CLOSC_OS_ENV_MISSING"],
    lambda: os.environ[1],
    lambda: 3 in os.environ,
    lambda: os.environ.__setitem__("CLOSC_OS_ENV_E", 5),
    lambda: os.environ.__setitem__(b"K", "v"),
    lambda: os.environ.__delitem__("CLOSC_OS_ENV_MISSING"),
    lambda: os.getenv(7),
    lambda: os.putenv("A=B", "c"),
    lambda: os.putenv("", "c"),
    lambda: os.putenv("=x", "c"),
    lambda: os.unsetenv("A=B"),
    lambda: os.urandom(-1),
    lambda: os.strerror("x"),
    lambda: os.getpid(1),
    lambda: os.urandom(),
    lambda: os.putenv("A"),
    lambda: os.stat(),
    lambda: os.listdir(".", "."),
    lambda: os.stat(".", bogus=1),
    lambda: pwd.getpwnam("closc_no_such_user"),
    lambda: pwd.getpwuid(2**31 - 7),
    lambda: pwd.getpwnam(3),
    lambda: pwd.getpwall(1),
]:
    try:
        action()
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(type(e).__name__, repr(e))

os.putenv("CLOSC_OS_ENV_F", "phi")
os.system("test \"$CLOSC_OS_ENV_F\" = phi && echo child-saw-putenv > /dev/null")
os.unsetenv("CLOSC_OS_ENV_F")
print("CLOSC_OS_ENV_F" in os.environ)


class Place:
    def __init__(self, where):
        self.where = where

    def __fspath__(self):
        return self.where


class Broken:
    def __fspath__(self):
        return 42


print(os.fspath("a/b"), os.fspath(b"a/b"), os.fspath(Place("/tmp")))
print(isinstance(Place("x"), os.PathLike), isinstance("x", os.PathLike), issubclass(Place, os.PathLike))
print(os.path.join(Place("/tmp"), "x"), os.path.exists(Place("/tmp")), os.stat(Place("/tmp")).st_size >= 0)
for bad in [3, None, Broken()]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
try:
    os.stat(Broken())
except TypeError as e:
    print(e)
print(os.fsencode("caf\u00e9"), os.fsdecode(b"caf\xc3\xa9"), os.fsencode(b"x"))

print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.name)
print(repr(os.linesep), os.error is OSError, os.defpath)
print(os.strerror(2), os.strerror(13), os.strerror(17))
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
count = os.cpu_count()
print(count is None or count >= 1)
print(os.path.isabs(os.getcwd()), os.getcwd() == os.path.abspath("."), type(os.getcwdb()).__name__)
print(os.uname().sysname, len(os.uname()), type(os.uname()).__name__)
print(os.get_exec_path({"PATH": "/a:/b"}))
print("os.path" in sys.modules, sys.modules["os.path"] is os.path, os.path.__name__)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.access("/", os.F_OK), os.access("/closc_no_such_path", os.F_OK))
root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root[0], root.pw_dir, type(root).__name__, pwd.getpwnam("root") == root)
print(any(entry.pw_uid == 0 for entry in pwd.getpwall()))
