import array
from array import array as Array


def attempt(f, *args):
    try:
        print("ok", f(*args))
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)


print(array.typecodes, array.ArrayType is Array, Array)
for code in "bBhHiIlLqQ":
    a = Array(code, [0, 1, 2, 3, 100, 127])
    print(a, a.typecode, a.itemsize, len(a), a.tolist(), a[1], a[-1], a[1:4], a[::-2])
    print(a.tobytes().hex(), bytes(a) == a.tobytes(), list(a), 3 in a, 99 in a)
for code in "fd":
    a = Array(code, [0.1, 1.5, -2, 1e10])
    print(a, a.itemsize, a.tobytes().hex(), a[0])
u = Array("u", "hello")
print(u, u.tounicode(), u[1], u.itemsize, len(u), u[1:3])
u.fromunicode(" world")
u.append("!")
print(u, repr(u.tounicode()))
print(Array("b"), Array("d", []), repr(Array("u")))

a = Array("i", [5, 3, 8])
a.append(1)
a.extend([9, 9])
a.extend(Array("i", [4]))
a.insert(0, 7)
a.insert(100, 6)
a.insert(-100, 0)
print(a, a.count(9), a.index(9), a.index(9, 6))
print(a.pop(), a.pop(0), a.pop(2), a)
a.remove(9)
a.reverse()
print(a)
a[0] = 42
a[-1] = -42
print(a)
a[1:3] = Array("i", [10, 20, 30, 40])
print(a)
a[::2] = Array("i", [0] * len(a[::2]))
print(a)
del a[0]
del a[1:3]
del a[::2]
print(a)
a.fromlist([1, 2, 3])
a.frombytes(Array("i", [77]).tobytes())
print(a, a.buffer_info()[1] == len(a))
b = Array("h", [1, 256])
b.byteswap()
print(b)
print(Array("i", [1, 2]) + Array("i", [3]), Array("i", [1, 2]) * 3, 2 * Array("b", [7]), Array("i", [1]) * 0)
c = Array("i", [1])
c += Array("i", [2, 3])
c *= 2
print(c)
print(Array("i", [1, 2, 3]) == Array("d", [1.0, 2.0, 3.0]), Array("i", [1, 2]) < Array("i", [1, 3]))
print(Array("i", [1, 2]) != Array("i", [1, 2]), Array("b", [5]) >= Array("b", [5, 0]), Array("i") == [])
print(Array("i", b"\x01\x00\x00\x00\x02\x00\x00\x00"), Array("d", Array("i", [1, 2])), Array("i", range(4)))
print(Array("B", bytearray(b"ab")), bytearray(Array("H", [0x4142])), sorted(Array("i", [3, 1, 2])))
print(sum(Array("d", [0.5, 0.25])), max(Array("q", [-1, 10, 3])), [x * 2 for x in Array("i", [1, 2])])

it = iter(Array("i", [1, 2, 3]))
print(next(it), list(it))

for code in "bBhHiIlLqQ":
    for v in (2 ** 70, -2 ** 70, 2 ** 63, 2 ** 31, -2 ** 31, 2 ** 16, -2 ** 16, 256, 128, -1, -129, 1.5, "1", None):
        attempt(Array, code, [v])
for code in "fd":
    for v in (1, 1.5, "1", None, 10 ** 400):
        attempt(Array, code, [v])
for v in ("ab", 1, "a"):
    attempt(Array, "u", [v])
attempt(Array, 1)
attempt(Array, "z")
attempt(Array, "ii")
attempt(Array, "i", "abc")
attempt(Array, "i", b"\x01\x00\x00")
attempt(Array, "i", Array("d", [1.0]))
attempt(Array, "u", Array("i", [1]))
attempt(Array, "i", Array("u", "x"))
attempt(Array, "i", 5)
a = Array("i", [1, 2, 3])
attempt(lambda: a[5])
attempt(lambda: a["x"])
attempt(a.index, 9)
attempt(a.remove, 9)
attempt(Array("i").pop)
attempt(a.pop, 7)
attempt(lambda: a + Array("d"))
attempt(lambda: a + [1])
attempt(a.extend, Array("d"))
attempt(a.extend, 5)
attempt(a.frombytes, b"123")
attempt(a.tounicode)
attempt(a.__setitem__, slice(0, 2), [1])
attempt(a.__setitem__, slice(0, 2), Array("d"))
attempt(a.__setitem__, slice(0, 3, 2), Array("i", [1]))
attempt(a.__setitem__, 10, 1)
attempt(a.fromlist, (1,))
attempt(a.fromlist, [4, "x"])
attempt(a.append, 2 ** 40)
print(a)

import binascii
import struct

words = Array("I", [1, 2, 0xDEADBEEF])
print(struct.unpack("<3I", words), binascii.hexlify(words), len(bytes(words)))
struct.pack_into("<I", words, 4, 77)
print(words)
a.append(3.5)
