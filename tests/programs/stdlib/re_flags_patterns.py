# Flags (RegexFlag reprs and arithmetic), Pattern reprs, equality, hashing and the cache.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.IGNORECASE | re.MULTILINE), re.I | re.DOTALL | re.VERBOSE)
print(re.I | 1024, re.M & re.M, re.M & re.I, re.I ^ re.I)
print(int(re.I), re.I == 2, re.I | 0, isinstance(re.I, int), re.I.value, re.I.name)
print(re.IGNORECASE is re.I, re.ASCII == 256, re.X == re.VERBOSE)
print(type(re.I).__name__, re.RegexFlag(8))

for pattern, flags in [("a+", 0), ("a+", re.I), ("a+", re.I | re.M), ("a+", re.S | re.X),
                       (b"a+", 0), (b"a+", re.I), ("a", re.A), ("a", re.U), ("(?i)a", 0),
                       ("(?s)(?m)x", 0), ("it's", 0), ("x" * 300, 0), ("a", 1 << 20)]:
    p = re.compile(pattern, flags)
    print(repr(p)[:80], p.flags)

p1 = re.compile("ab+", re.I)
p2 = re.compile("ab+", re.I)
p3 = re.compile("ab+")
print(p1 == p2, p1 == p3, p1 != p3, hash(p1) == hash(p2), p1 is re.compile("ab+", re.I))
print(re.compile("a") == re.compile(b"a"), re.compile(p1) is p1)
print(len({p1, p2, p3}))
re.purge()
print(re.compile("ab+", re.I) == p1)

print(re.compile(r"(?i)x").flags & re.I != 0, re.compile(r"x", re.I | re.A).flags)
print(re.compile(rb"(?L)x").flags, re.compile(rb"x", re.L).flags)
print(re.findall(r"a", "AaA", re.I), re.split(r"x", "aXbxc", flags=re.I))
print(re.sub(r"^", "> ", "l1\nl2", flags=re.M))
print(re.sub(r"a", "b", "AAA", 1, re.I))

m = re.compile(r"(?P<a>x)(y)").search("zxy")
print(m.re is re.compile(r"(?P<a>x)(y)"), m.lastgroup, m.lastindex)
print(re.template is not None, re.error is re.PatternError if hasattr(re, "PatternError") else True)
print(sorted(n for n in re.__all__ if n.isupper())[:6])
re.compile("a", flags="x")
