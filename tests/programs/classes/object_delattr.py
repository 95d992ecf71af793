# object.__delattr__ from a class's own __delattr__, on plain attributes and properties.
class Logged:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)

    def __setattr__(self, name, value):
        print("setting", name, value)
        object.__setattr__(self, name, value)


x = Logged()
del x.a
print(vars(x))
try:
    del x.missing
except AttributeError as e:
    print("AttributeError", e)


class P:
    @property
    def v(self):
        return 1

    @v.deleter
    def v(self):
        print("property deleter")


p = P()
object.__delattr__(p, "v")
del p.v
q = P()
q.z = 5
object.__delattr__(q, "z")
print(hasattr(q, "z"))
