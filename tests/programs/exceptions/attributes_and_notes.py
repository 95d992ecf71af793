try:
    [].nope
except AttributeError as e:
    print(e.name, e.obj)
e = ImportError("msg", name="mod", path="/p")
print(e.name, e.path, e.msg, e.args)
e2 = ImportError()
print(e2.name, e2.path, e2.msg)
o = OSError(2, "No such file", "f.txt")
print(type(o).__name__, o.errno, o.strerror, o.filename, o)
o2 = OSError("plain")
print(o2.errno, o2.strerror, o2.filename, o2)
s = SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))
print(s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
ve = ValueError("v")
ve.add_note("a note")
ve.add_note("second")
print(ve.__notes__)
def g():
    yield 1
gen = g()
print(gen.__name__, gen.__qualname__, gen.gi_running, gen.gi_code.co_name)
next(gen)
print(gen.gi_running)
try:
    ve.add_note(5)
except TypeError as e:
    print(e)
k = KeyError("k")
print(k.args, str(k))
st = StopIteration(5)
print(st.value)
ex = SystemExit(3)
print(ex.code)
un = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(un.encoding, un.start, un.end, un.reason, un)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
try:
    ImportError("m", bogus=1)
except TypeError as e:
    print(e)
print(str(SyntaxError("bad", ("dir/f.py", 3, 4, "x = (", 3, 5))))
final = ValueError("final")
final.add_note("note one")
final.add_note("note two")
raise final
