# object.__new__(Cls), Cls.__new__(Cls) and T.__new__(Sub, ...) for classes of the program
# and classes deriving from builtin types.
class Plain:
    def __init__(self):
        self.ran = True


class Slotted:
    __slots__ = ("a",)


p = object.__new__(Plain)
print(type(p).__name__, hasattr(p, "ran"), type(Plain.__new__(Plain)).__name__)
s = object.__new__(Slotted)
s.a = 1
print(s.a, type(Slotted.__new__(Slotted)).__name__)


class Blob(bytes):
    pass


class Items(list):
    pass


class Number(int):
    pass


class Named(str):
    def __new__(cls, value):
        return super().__new__(cls, value.title())


class Raw(bytearray):
    pass


print(bytes.__new__(Blob, b"q"), type(bytes.__new__(Blob, b"q")).__name__)
print(Blob.__new__(Blob, [104, 105]), type(Blob.__new__(Blob)).__name__)
print(int.__new__(Number, 5) + 1, type(Number.__new__(Number, 7)).__name__)
print(list.__new__(Items), type(list.__new__(Items)).__name__, Items.__new__(Items, [1]))
print(Named("ada lovelace"), type(str.__new__(Named, "x")).__name__)
print(bytearray.__new__(Raw), type(Raw.__new__(Raw)).__name__)
print(Blob.fromhex("6869"), type(Blob.fromhex("6869")).__name__, type(Raw.fromhex("")).__name__)
print(type(Number.from_bytes(b"\x01", "big")).__name__, Number.from_bytes(b"\x02", "big"))


class Fraction(float):
    pass


class Defaults(dict):
    pass


print(type(Fraction.fromhex("0x1p1")).__name__, Fraction.fromhex("0x1p1"))
print(type(Defaults.fromkeys("ab")).__name__, Defaults.fromkeys("ab", 0))
for cls in (Blob, Items, Number, Named, Raw, int, list):
    try:
        object.__new__(cls)
    except TypeError as e:
        print("TypeError", e)
try:
    bytes.__new__(Items)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
