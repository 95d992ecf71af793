# Calling builtin types: every argument form of str(), and the constructors of the other
# builtin types with positional and keyword arguments, subclasses and wrong calls.

class Shout(str):
    pass


class Meters(float):
    pass


class Thing:
    def __str__(self):
        return "thing!"

    def __repr__(self):
        return "Thing()"


print(str(), str(5), str(-2.5), str(None), str([1, "a"]), str(Thing()), str("x"), str(object="kw"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"), str(bytearray(b"hi"), errors="strict"))
print(int(), int("42"), int(" -7 "), int("ff", 16), int("101", base=2), int(3.99), float(), float("1.5"), float(7), complex(1, 2))
print(list(), list("ab"), tuple([1, 2]), dict(a=1), set(), frozenset("aa"), bool(), bool([0]), bytes(2), type(Shout("s")).__name__, Meters(2.5) + 1)
for call in [
    lambda: str(1, 2, 3, 4),
    lambda: str("x", "utf-8"),
    lambda: str(5, encoding="utf-8"),
    lambda: str(b"x", 5),
    lambda: str(bad=1),
    lambda: int("x"),
    lambda: float("1.2.3"),
    lambda: int(base=2),
    lambda: list(1),
    lambda: tuple(1, 2),
    lambda: bool(1, 2),
    lambda: object(1),
]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
