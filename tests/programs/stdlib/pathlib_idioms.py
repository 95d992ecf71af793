# Paths as real programs use them: with open(), os, glob, f-strings, sets, subclasses.
from pathlib import Path, PurePath
import os, glob
here = Path(__file__).resolve().parent
print(here == Path(os.path.abspath(os.path.dirname(__file__))), Path(__file__).suffix)
p = Path("/tmp/closc_pathlib_idioms")
p.mkdir(exist_ok=True)
f = p / "a.txt"
with open(f, "w") as h:
    h.write("hi")
print(f"{f}", "%s" % f, "{!r}".format(f), os.listdir(p), glob.glob(str(p / "*.txt")))
print(os.path.exists(f), os.path.getsize(f), f in {f}, f in p.parents or p in f.parents, p in f.parents)
print(sorted(set([Path("a"), PurePath("a"), Path("b")])), Path("a", Path("b"), PurePath("c")))
print([x.name for x in sorted(p.iterdir())], f.stat().st_size, f.with_suffix(".md").exists())
class Mine(type(Path())):
    def greet(self): return "hi " + self.name
print(repr(Mine("x/y")), Mine("x/y").greet(), repr(Mine("x") / "z"), repr(Mine("x").parent))
f.unlink(); p.rmdir()
print(Path("a/b").parents[0:5], Path().parents[:], list(Path("/").parents))
