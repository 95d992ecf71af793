import array
import base64
import binascii
import copy
import struct

a = array.array('i', [1, 2, 3])
a[1:2] = a
print(a)
for x in a:
    if x == 1 and len(a) < 8:
        a.append(9)
print(a)
print(copy.copy(a), copy.deepcopy(a))
s = struct.Struct(format='<hq')
print(s.size, s.format, s.unpack_from(buffer=bytes(20), offset=2))
print(struct.unpack('<h', memoryview(b'\x01\x02')), list(struct.iter_unpack('<b', bytearray(b'\x01\xff'))))
print(isinstance(a, array.array), type(a).__name__, a.__class__.__module__)
print(base64.b64encode(a), base64.b64encode(memoryview(b'xyz')))
b = array.array('d')
b.extend((1.5, 2))
print(b, b * 2, b[::-1], b.tolist(), list(reversed(b)))
print(struct.pack('3s3p', b'abcdef', b'abcdef'))
print(array.array('u', 'héllo€'), array.array('u', 'héllo€').tobytes()[:8])
try:
    struct.pack('<h', 40000)
except struct.error as e:
    print(repr(e), e.args)
class MyArr(array.array):
    pass
m = MyArr('i', [4, 5])
print(m, type(m).__name__, len(m))
print(binascii.b2a_base64(b'x' * 60))
print(struct.calcsize('P'), struct.calcsize('@?i'))
s2 = struct.Struct('>I')
print(s2.pack(3) == struct.pack('>I', 3))
print(a == a[:], a is not a[:], bool(array.array('i')), bool(a))
print(base64.b32encode(b'a'), base64.b85decode(b'VPa'), base64.a85encode(b''), base64.b85encode(b''))
print(base64.a85encode(b'\0\0\0\0\0'), base64.a85encode(b'\0'), base64.a85encode(b'    ', foldspaces=True))
print(base64.b64decode(b'YWJj', validate=True), base64.b64decode('', validate=True))
print(binascii.hexlify(b'\x01\x02\x03\x04', '.', 3), binascii.hexlify(b'', '.'), binascii.hexlify(b'ab', bytes_per_sep=2))
print(binascii.crc32(b'a' * 1000), binascii.crc32(b''), binascii.crc32(b'x', 2**40))
print(struct.unpack('<d', struct.pack('<d', float('nan'))), struct.pack('>d', -0.0))
print(struct.pack('?x?', 1, 0), struct.unpack('3x', b'abc'), struct.pack('0s', b'x'))
print(struct.unpack('@bq', bytes(16)), struct.calcsize('@bq'), struct.calcsize('<bq'))
s = struct.Struct('i')
try:
    s.pack_into(bytearray(2), 0, 1)
except struct.error as e:
    print(e)
try:
    struct.pack_into('<h', bytearray(4), -1, 5)
except struct.error as e:
    print(e)
a = array.array('q', [2**62, -2**62])
print(a, a.tobytes().hex(), array.array('Q', [2**64-1]))
print(array.array('f', [1e39]))
