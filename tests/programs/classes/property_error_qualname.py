# A property without a setter or deleter names the instance's class by its qualified name.
def make():
    class Inner:
        @property
        def size(self):
            return 1

        def get(self):
            return 2

        alias = property(get)
        bare = property()

    return Inner


class Outer:
    class Nested:
        @property
        def value(self):
            return 3


for obj in (make()(), Outer.Nested()):
    for name in ("size", "alias", "bare", "value"):
        try:
            setattr(obj, name, 1)
        except AttributeError as e:
            print(e)
        try:
            delattr(obj, name)
        except AttributeError as e:
            print(e)
print(make()().size, make()().alias, Outer.Nested().value)
try:
    make()().bare
except AttributeError as e:
    print(e)
# A property set on a class after its creation has no name of its own; one named by a class
# body keeps that name wherever else it is stored, and in its copies.
unnamed = property()


class Later:
    pass


Later.attr = unnamed
for op in (lambda: Later().attr, lambda: setattr(Later(), "attr", 1), lambda: delattr(Later(), "attr")):
    try:
        op()
    except AttributeError as e:
        print(e)


class Named:
    first = unnamed


Later.again = unnamed
copy = unnamed.getter(lambda self: "read")
Later.copied = copy
for op in (lambda: Later().again, lambda: setattr(Later(), "copied", 1), lambda: Later().copied):
    try:
        print(op())
    except AttributeError as e:
        print(e)
