# Builtin staticmethods (str.maketrans, bytes.maketrans) are never bound, whether reached
# through the type, an instance, a subclass or an instance of a subclass.


class Text(str):
    pass


class Blob(bytes):
    pass


class Buffer(bytearray):
    pass


print(str.maketrans("ab", "xy"))
print("z".maketrans("ab", "xy"))
print(Text.maketrans("ab", "xy"))
print(Text("z").maketrans("ab", "xy"))
print(Text("z").maketrans({"a": "b"}))
print("hello".translate(Text("q").maketrans("lo", "01", "h")))
print(type(str.__dict__["maketrans"]).__name__)
print(type(bytes.__dict__["maketrans"]).__name__)
print(isinstance(vars(str)["maketrans"], staticmethod))
print(callable(str.maketrans))

table = Blob(b"q").maketrans(b"ab", b"xy")
print(len(table), table[97:99])
print(Buffer(b"abc").maketrans(b"c", b"z")[97:100])
print(b"cab".translate(Blob.maketrans(b"abc", b"123")))

# Classmethods stay bound to the class they are reached through.
class Table(dict):
    pass


print(type(Table().fromkeys("ab")).__name__, Table.fromkeys("xy", 0))
print(type(dict.fromkeys("a")).__name__)

try:
    Text("z").maketrans("abc", "x")
except ValueError as e:
    print("ValueError:", e)

try:
    str.maketrans()
except TypeError as e:
    print("TypeError:", e)

Text("z").maketrans(1)
