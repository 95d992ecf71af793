# One call site that sees values of several builtin types, program classes and builtin
# subclasses: each call must find the method of its own receiver's type, bound as that
# method binds (to the value, to its type, or not at all).


class Counts:
    def count(self, x):
        return f"Counts.count({x!r})"


class Letters(str):
    def count(self, x):
        return f"Letters.count({x!r}) of {str(self)!r}"


class Items(list):
    pass


def count_a(x):
    return x.count("a")


for value in ["banana", ["a", "b", "a"], ("a",), Counts(), Letters("aaa"), Items(["a", "a"]), b"a".decode(), "banana"]:
    print(type(value).__name__, count_a(value))


def from_keys(x):
    # dict.fromkeys is a classmethod: through a dict it binds to dict (or the subclass).
    return x.fromkeys("ab", 0)


class Table(dict):
    pass


for value in [{}, Table(), {"z": 1}, Table(q=2)]:
    made = from_keys(value)
    print(type(made).__name__, made)


def make_table(x):
    # str.maketrans is a staticmethod: the receiver is not passed.
    return x.maketrans("ab", "xy")


for value in ["", "unused", "z" * 3]:
    print(make_table(value))


def first(x):
    return x.index(2)


for value in [[1, 2, 3], (2,), range(5), "2"]:
    try:
        print(type(value).__name__, first(value))
    except (ValueError, TypeError) as e:
        print(type(value).__name__, type(e).__name__, e)


def upper_all(values):
    return [v.upper() for v in values]


print(upper_all(["a", Letters("b"), b"c", bytearray(b"d"), "é"]))
try:
    upper_all(["a", 1])
except AttributeError as e:
    print("AttributeError", e)
