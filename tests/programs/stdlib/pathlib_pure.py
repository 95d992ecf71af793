# Pure path manipulation: parsing, joining, components, derived paths, comparison.
from pathlib import PurePath, PurePosixPath, Path, PosixPath
import os

p = PurePath("/usr", "lib/", "./python3.11", "site-packages/pkg.tar.gz")
print(p, repr(p), type(p).__name__)
print(p.parts, p.name, p.stem, p.suffix, p.suffixes)
print(p.root, repr(p.anchor), repr(p.drive), p.is_absolute())
print(p.parent, list(p.parents), repr(p.parents))
print(len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3])
print(PurePosixPath("//srv/x").parts, PurePosixPath("///srv/x").parts)
print(repr(PurePath()), repr(PurePath("")), repr(PurePath("a//b/./c/")))
print(PurePath("a", "/etc", "passwd"), PurePath("a/..", "b"))

q = Path("data") / "raw" / "x.csv"
print(repr(q), str(q), os.fspath(q), type(q).__name__)
print(repr("/home" / PurePosixPath("u")), repr(q.joinpath("y", "z")))
print(repr(PurePosixPath("a") / PurePosixPath("/abs")))
print(repr(q.with_name("y.txt")), repr(q.with_suffix(".json")), repr(q.with_suffix("")))
print(repr(q.with_stem("other")), repr(PurePath("a.tar.gz").with_suffix(".bz2")))
print(PurePath(".bashrc").suffix, PurePath(".bashrc").stem, PurePath("x.").suffixes)
print(PurePath("a..b").suffixes, PurePath("/").name, repr(PurePath("/").parent))
print(PurePath("a/b").as_posix(), PurePath("/tmp/x").as_uri(), PurePath("/a b/%").as_uri())

print(PurePath("/a/b/c").relative_to("/a"), PurePath("/a/b").relative_to("/"))
print(repr(PurePath("a/b").relative_to("a", "b")), PurePath("/a/b").is_relative_to("/a"))
print(PurePath("/a/b").is_relative_to("/c"), PurePath("a").is_relative_to("/a"))

print(PurePath("a/b.py").match("*.py"), PurePath("/a/b/c.py").match("b/*.py"))
print(PurePath("/a/b/c.py").match("/a/*.py"), PurePath("/a/c.py").match("/a/*.py"))
print(PurePath("a/b.py").match("a/*/b.py"), PurePath("B.PY").match("*.py"))

print(PurePosixPath("a") == PosixPath("a"), PurePath("a/b") == PurePath("a//b/"))
print(PurePath("a") == "a", PurePath("a") != "a", hash(PurePath("x/y")) == hash(PurePosixPath("x", "y")))
print(sorted([Path("b"), Path("a/z"), Path("a"), Path("/z")]))
print(PurePath("a") < PurePath("b"), PurePath("a/b") > PurePath("a"), PurePath("a") <= PurePath("a"))
print({PurePath("k"): 1}[PurePosixPath("k")], isinstance(q, os.PathLike), isinstance(q, PurePath))
print(bytes(PurePath("a/b")), os.path.join(Path("/x"), "y"), str(Path("~/z").expanduser()) == os.path.expanduser("~/z"))

for bad in [lambda: PurePath("a").with_suffix("txt"), lambda: PurePath("a").with_suffix("."),
            lambda: PurePath("a").with_suffix("/.x"), lambda: PurePath("/").with_name("x"),
            lambda: PurePath("a").with_name("b/c"), lambda: PurePath("a").with_name(""),
            lambda: PurePath("/a/b").relative_to("/c"), lambda: PurePath("a").relative_to("/a"),
            lambda: PurePath("a").relative_to(), lambda: PurePath(3), lambda: PurePath(b"x"),
            lambda: PurePath("a") / 3, lambda: 3 / PurePath("a"), lambda: PurePath("a") < "b",
            lambda: PurePath("a").parents[1], lambda: PurePath("a").match("")]:
    try:
        print("no error", bad())
    except (ValueError, TypeError, IndexError) as error:
        print(type(error).__name__, error)

PurePath("/srv/app").relative_to("/srv/other")
