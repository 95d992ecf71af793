# memoryview over bytes and bytearray: items, slices (views with steps), writes through
# to a bytearray, the attributes, release() and the context manager.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"abcdef")
m = memoryview(ba)
print(type(m).__name__, len(m), m[0], m[-1], m.obj is ba, m.nbytes, m.readonly)
print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.contiguous)
print(m.tobytes(), m.tolist(), m.hex(), m.hex(":"), bytes(m), bytearray(m))
s = m[1:5]
print(type(s).__name__, s.tobytes(), len(s), s[0], s.obj is ba, s.nbytes)
t = m[::2]
print(t.tobytes(), t.tolist(), t.strides, t.contiguous, t.c_contiguous, t[1], t[-1])
r = m[::-1]
print(r.tobytes(), r[0], r[1:3].tobytes(), r[::2].tolist(), m[4:1:-1].tobytes())
print(m[3:3].tobytes(), len(m[5:1]), m[::2][::2].tobytes())
m[0] = 65
s[0] = 66
t[2] = 69
print(ba)
m[1:3] = b"XY"
t[:] = b"123"
print(ba, m.tobytes())
r[0:2] = bytearray(b"zw")
print(ba)
show("index oob", lambda: m[6])
show("index neg oob", lambda: m[-7])
show("key str", lambda: m["a"])
show("key float", lambda: m[1.0])
show("tuple key", lambda: m[1, 2])
show("one tuple", lambda: m[(1,)])
show("empty tuple", lambda: m[()])
show("bool key", lambda: m[True])
def assign(view, key, value):
    view[key] = value
    return ba
show("set 256", lambda: assign(m, 0, 256))
show("set str", lambda: assign(m, 0, "a"))
show("set bytes", lambda: assign(m, 0, b"a"))
show("set oob", lambda: assign(m, 10, 1))
show("set slice size", lambda: assign(m, slice(0, 2), b"xyz"))
show("set slice list", lambda: assign(m, slice(0, 2), [1, 2]))
show("del", lambda: m.__delitem__(0))
def delete():
    del m[0]
show("del stmt", delete)
ro = memoryview(b"xyz")
print(ro.readonly, ro[1], ro[1:].tobytes(), ro.obj, hash(ro) == hash(b"xyz"), hash(ro[::2]) == hash(b"xz"))
show("set readonly", lambda: assign(ro, 0, 1))
show("hash writable", lambda: hash(m))
print(m == ba, m == bytes(ba), m == m, ro == b"xyz", ro == bytearray(b"xyz"), ro != b"xy", ro == [120, 121, 122])
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab")[::-1] == b"ba", b"xyz" == ro)
show("order", lambda: ro < ro)
show("order bytes", lambda: b"a" < memoryview(b"b"))
print(list(ro), 121 in ro, 5 in ro, [x for x in ro[::-1]], type(iter(ro)).__name__, list(reversed(ro)))
print(b"+" + ro, bytearray(b"-") + ro, b".".join([ro, ro[1:]]), ro.tobytes("C"))
show("mv concat", lambda: ro + b"x")
show("mv str", lambda: memoryview("abc"))
show("mv int", lambda: memoryview(5))
show("mv none", lambda: memoryview())
show("mv kw", lambda: memoryview(object=b"kw").tobytes())
show("mv of mv", lambda: memoryview(ro[1:]).tobytes())
show("toreadonly", lambda: (m.toreadonly().readonly, m.toreadonly().tobytes()))
show("no count", lambda: ro.count)
print(bool(memoryview(b"")), bool(ro), str(ro).startswith("<memory at 0x"))
v = memoryview(b"released")
v.release()
v.release()
print(repr(v).startswith("<released memory at 0x"))
show("rel item", lambda: v[0])
show("rel len", lambda: len(v))
show("rel tobytes", lambda: v.tobytes())
show("rel nbytes", lambda: v.nbytes)
show("rel eq", lambda: v == b"released")
show("rel eq self", lambda: v == v)
show("rel bytes", lambda: bytes(v))
show("rel concat", lambda: b"x" + v)
show("rel iter", lambda: list(v))
with memoryview(bytearray(b"ctx")) as w:
    w[0] = 67
    print(w.tobytes(), w.obj)
show("after with", lambda: w.tobytes())
show("enter again", lambda: w.__enter__())
def exec_with(obj):
    with obj:
        pass
show("with int", lambda: exec_with(5))
show("with bytes", lambda: exec_with(b"x"))
match memoryview(b"ab"):
    case [a, b]:
        print("sequence pattern", a, b)
match memoryview(b"ab"):
    case memoryview():
        print("class pattern")
show("unbound none", lambda: memoryview.tobytes())
show("unbound bytes", lambda: memoryview.tobytes(b"x"))
show("unbound release", lambda: memoryview.release())
show("unbound enter", lambda: memoryview.__enter__(b""))
show("unbound ok", lambda: memoryview.tolist(memoryview(b"ok")))
show("bytes unbound none", lambda: bytes.upper())
show("bytearray unbound none", lambda: bytearray.append())
