# Checks str() and repr() of every kind of value, including nested and empty containers.
values = [0, -5, 10 ** 20, 1.5, -0.0, True, False, None, "s", "", [], (), {},
          [1, [2, [3, []]]], (1,), (1, 2), ((),), {"a": [1, {"b": (2,)}]}, [None, True, 0.5],
          {1: "x", "y": 2.0, (1, 2): None}, ["a", 'b"c', "d'e"]]
for v in values:
    print(type(v).__name__, str(v), repr(v))

# Functions and cells: check only the address-independent parts.
def outer():
    inner_val = 1
    def inner():
        return inner_val
    return inner

f = outer()
print(repr(f).startswith("<function outer.<locals>.inner at 0x"), repr(f)[-1])
print(str(f) == repr(f), repr(len), repr(print))
print(repr(lambda: 0).startswith("<function <lambda> at 0x"))
cell = f.__closure__[0]
print(repr(cell).startswith("<cell at 0x"), repr(cell).endswith(">"), ": int object at 0x" in repr(cell))

class Point:
    def __init__(self, x):
        self.x = x

p = Point(1)
print(repr(p).startswith("<__main__.Point object at 0x"), repr(Point) == "<class '__main__.Point'>")
print(repr(int), repr(str), repr(type(None)), str(float))
print(repr(range(5)), repr(range(1, 10, 2)), str(range(0)))
print(repr(ValueError("bad")), repr(KeyError("k")), repr(Exception()), repr(Exception(1, "2")))

# Self-referencing containers print with an ellipsis.
lst = [1, 2]
lst.append(lst)
print(lst, len(str(lst)))
d = {"self": None}
d["self"] = d
print(d)
outer_list = [lst, [lst]]
print(outer_list)
