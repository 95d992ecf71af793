# bytearray: a mutable bytes with item and slice assignment, deletion, and list-like
# methods; the shared methods return bytearrays.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b"hello")
print(ba, repr(ba), str(ba), len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba[-1] = ord("O")
print(ba)
ba[1:3] = b"EY"
print(ba)
ba[1:3] = [1, 2, 3, 4]
print(ba)
ba[1:5] = bytearray()
print(ba)
ba[::2] = b"xy"
print(ba)
ba[len(ba):] = memoryview(b"!!")
print(ba)
ba[1:2] = ba
print(ba)
ba[:] = range(65, 70)
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))
def setter(key, value):
    x = bytearray(b"abcdef")
    x[key] = value
    return x
show("set 256", lambda: setter(0, 256))
show("set -1", lambda: setter(0, -1))
show("set str", lambda: setter(0, "a"))
show("set bytes", lambda: setter(0, b"a"))
show("set oob", lambda: setter(6, 1))
show("set key", lambda: setter("a", 1))
show("slice int", lambda: setter(slice(0, 2), 5))
show("slice str", lambda: setter(slice(0, 2), "ab"))
show("slice bad item", lambda: setter(slice(0, 2), [1, "x"]))
show("slice big item", lambda: setter(slice(0, 2), [300]))
show("ext slice size", lambda: setter(slice(None, None, 2), b"xy"))
show("ext slice ok", lambda: setter(slice(None, None, -2), b"123"))
show("slice none", lambda: setter(slice(0, 2), None))
def deleter(key):
    x = bytearray(b"abcdef")
    del x[key]
    return x
show("del oob", lambda: deleter(10))
show("del key", lambda: deleter("k"))
show("del neg step", lambda: deleter(slice(None, None, -3)))
b = bytearray()
b.append(1)
b.append(True)
b.extend(b"xy")
b.extend([10, 20])
b.extend(range(3))
b.extend(bytearray(b"!"))
b.extend(x for x in (7, 8))
b.insert(0, 0x41)
b.insert(-1, 0x42)
b.insert(100, 0x43)
b.insert(-100, 0x44)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(10)
print(b)
b.reverse()
print(b)
c = b.copy()
c.clear()
print(b, c, c is b)
show("append 256", lambda: bytearray().append(256))
show("append str", lambda: bytearray().append("a"))
show("append bytes", lambda: bytearray().append(b"a"))
show("extend int", lambda: bytearray().extend(5))
show("extend str", lambda: bytearray().extend("ab"))
show("extend bad", lambda: bytearray().extend([1, 999]))
show("insert args", lambda: bytearray().insert(0))
show("pop empty", lambda: bytearray().pop())
show("pop oob", lambda: bytearray(b"a").pop(5))
show("remove missing", lambda: bytearray(b"a").remove(98))
show("remove type", lambda: bytearray(b"a").remove(b"a"))
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"e")
x += memoryview(b"f")
print(x, y, x is y)
x *= 2
print(x, y is x)
def exec_iadd(v):
    z = bytearray(b"z")
    z += v
    return z
show("iadd list", lambda: exec_iadd([1]))
show("iadd str", lambda: exec_iadd("s"))
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"x") * 3, 2 * bytearray(b"yz"))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(b"b") >= bytearray(b"a"))
show("hash", lambda: hash(bytearray(b"x")))
show("as key", lambda: {bytearray(b"x"): 1})
show("methods", lambda: (bytearray(b"a b").split(), bytearray(b"ab").upper(), bytearray(b"a-b").partition(b"-")))
show("join", lambda: bytearray(b", ").join([b"a", b"b"]))
show("strip", lambda: (bytearray(b"  x ").strip(), bytearray(b"xay").strip(b"xy")))
show("hex", lambda: (bytearray(b"\x01\x02").hex(), bytearray.fromhex("ff 00")))
show("misc", lambda: (bytearray(b"ab").find(b"b"), bytearray(b"aab").count(97), bytearray(b"ab").decode()))
show("replace", lambda: bytearray(b"aXbX").replace(b"X", b"--"))
show("center", lambda: bytearray(b"a").center(3, b"*"))
show("zfill", lambda: bytearray(b"-1").zfill(4))
show("translate", lambda: bytearray(b"abc").translate(bytes.maketrans(b"a", b"A")))
show("maketrans", lambda: bytearray.maketrans(b"a", b"b")[97])
print(list(bytearray(b"\x00\x7f\xff")), type(iter(bytearray())).__name__)
it = iter(x)
x.append(33)
print(bytes(it))
e = bytearray(b"abc")
for i, v in enumerate(e):
    if i < 3:
        e.append(v + 1)
print(e)
