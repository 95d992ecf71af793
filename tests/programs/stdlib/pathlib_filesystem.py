# Path's filesystem operations, all under /tmp/closc_pathlib_fs.
import os
import shutil
from pathlib import Path

base = Path("/tmp/closc_pathlib_fs")
if base.exists():
    shutil.rmtree(base)
print(base.exists(), base.is_dir(), base.is_file())
(base / "pkg" / "sub").mkdir(parents=True)
base.joinpath("pkg").mkdir(exist_ok=True)
print(base.is_dir(), (base / "pkg" / "sub").is_dir())

notes = base / "pkg" / "notes.txt"
print(notes.write_text("first line\nsecond\n"), notes.is_file(), notes.exists())
print(repr(notes.read_text()), notes.read_text().splitlines())
print(notes.stat().st_size, notes.samefile(str(notes)), notes.samefile(base / "pkg" / "sub" / ".." / "notes.txt"))
data = base / "blob.bin"
print(data.write_bytes(b"\x00\x01abc"), data.read_bytes(), data.write_bytes(bytearray(b"xy")), data.read_bytes())
with notes.open("a") as handle:
    handle.write("third\n")
with notes.open() as handle:
    print([line.rstrip("\n") for line in handle])
print(notes.read_text(encoding="utf-8").count("\n"))

(base / "pkg" / "a.py").touch()
(base / "pkg" / "sub" / "b.py").touch()
(base / "pkg" / "sub" / ".hidden.py").write_text("x = 1\n")
(base / "top.py").touch(exist_ok=True)
print(sorted(p.name for p in (base / "pkg").iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.glob("*.py")))
print(sorted(str(p.relative_to(base)) for p in base.glob("*/*.py")))
print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.py")))
print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
print(sorted(str(p.relative_to(base)) for p in base.glob("**")))
print(sorted(str(p.relative_to(base)) for p in base.glob("*/")))
print(sorted(str(p.relative_to(base)) for p in base.glob("pkg/sub/b.py")), list(base.glob("nothing/*")))
print(sorted(p.name for p in base.rglob("[ab].*")), sorted(p.name for p in base.rglob("notes.???")))

moved = (base / "top.py").rename(base / "moved.py")
print(repr(moved.relative_to(base)), moved.exists(), (base / "top.py").exists())
replaced = moved.replace(str(base / "pkg" / "a.py"))
print(type(replaced).__name__, replaced.name, moved.exists())
replaced.unlink()
replaced.unlink(missing_ok=True)
print(replaced.exists())

cwd = Path.cwd()
print(cwd == Path(os.getcwd()), cwd.is_absolute(), Path.home() == Path(os.path.expanduser("~")))
os.chdir(base)
print(Path("pkg").absolute() == base / "pkg", Path("pkg/sub/..").resolve() == base / "pkg")
print(Path("pkg/../missing").resolve() == base / "missing", Path("x").absolute().parent == base)
os.chdir(cwd)
os.symlink(base / "pkg", base / "link")
print((base / "link").is_symlink(), (base / "link").is_dir(), (base / "link" / "notes.txt").resolve() == notes)

for action in [lambda: base.mkdir(), lambda: (base / "a" / "b").mkdir(), lambda: notes.mkdir(exist_ok=True),
               lambda: (base / "pkg").rmdir(), lambda: (base / "gone").unlink(), lambda: (base / "gone").read_text(),
               lambda: (base / "gone").stat(), lambda: notes.touch(exist_ok=False), lambda: list((base / "gone").iterdir()),
               lambda: notes.write_text(b"x"), lambda: data.write_bytes("x"), lambda: list(base.glob("")),
               lambda: list(base.glob("/abs")), lambda: list(base.glob("a**b"))]:
    try:
        print("no error", action())
    except (OSError, TypeError, ValueError, NotImplementedError) as error:
        print(type(error).__name__, str(error).replace(str(base), "BASE"))

(base / "link").unlink()
(base / "pkg" / "sub" / "b.py").unlink()
(base / "pkg" / "sub" / ".hidden.py").unlink()
(base / "pkg" / "sub").rmdir()
print(sorted(p.name for p in base.rglob("*")))
shutil.rmtree(base)
print(base.exists())
Path("/tmp/closc_pathlib_fs/missing.txt").read_text()
