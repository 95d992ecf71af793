# A namedtuple's fields are set by its __new__: calling it directly, from a subclass's
# __new__, and through copy and pickle.
import collections, copy, pickle

Point = collections.namedtuple("Point", "x y", defaults=[0])
print(Point.__new__(Point, 1, 2), Point.__new__(Point, 5), Point.__new__(Point, y=3, x=4))
print("__new__" in Point.__dict__, "__init__" in Point.__dict__)


class Labelled(Point):
    __slots__ = ()

    def __new__(cls, x, y, label="?"):
        made = super().__new__(cls, x, y)
        print("made", made, label)
        return made

    def __init__(self, x, y, label="?"):
        print("init", self.x, self.y, label)


item = Labelled(1, 2, "a")
print(item, isinstance(item, Point), item._replace(x=9))
print(copy.copy(item), copy.deepcopy(Point(1, [2])))
print(pickle.loads(pickle.dumps(Point(3, [4]), 0)), pickle.loads(pickle.dumps(Point(3, 4), 2)))
for args, kwargs in (((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"z": 2})):
    try:
        Point(*args, **kwargs)
    except TypeError as err:
        print("TypeError:", err)
Point.__new__(Point)
