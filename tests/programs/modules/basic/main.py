# A program of three files: module objects, shared globals, copies made by `from`.
import shapes
import shapes as sh
from shapes import area, Circle, PI, make_adder, count
import user

print(shapes.__name__, shapes.__doc__, sh is shapes)
print(__name__, __doc__)
print(area(1.0), Circle(2).area(), PI)
print("count seen through the module:", shapes.count, "copy:", count)
shapes.count = 100
print(area(1.0) > 3, shapes.count, user.total())
shapes.PI = 3
print(Circle(1).area())
print(make_adder(5)(1), make_adder.__module__, area.__module__, area.__qualname__)
print(Circle, Circle.__module__, Circle.__doc__, Circle.__qualname__)
p = shapes.Plain()
print(repr(p).startswith("<shapes.Plain object at "))
print(type(shapes).__name__, isinstance(shapes, type(user)))
shapes.new_attribute = "set from outside"
print(shapes.new_attribute, hasattr(shapes, "new_attribute"), hasattr(shapes, "missing"))
print(getattr(shapes, "PI"), getattr(shapes, "nope", "default"))
setattr(shapes, "PI", 2)
print(shapes.PI, Circle(1).area())
del shapes.new_attribute
print(hasattr(shapes, "new_attribute"))
try:
    shapes.missing
except AttributeError as e:
    print(e)
try:
    del shapes.missing
except AttributeError as e:
    print("del:", type(e).__name__)


class Local:
    pass


print(Local, Local.__module__, repr(Local()).startswith("<__main__.Local object"))


def f():
    import shapes as again

    return again is shapes


print(f())
if __name__ == "__main__":
    print("main guard")
shapes.area(None)
