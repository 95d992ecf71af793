# A metaclass whose __prepare__ returns a dict subclass: the class body writes through its
# methods, and type.__new__ gets that namespace (copied into the class).
class Tracking(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        return Tracking()

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        cls.order = [k for k in namespace.order if not k.startswith("__")]
        namespace["added_later"] = True
        return cls


class C(metaclass=Ordered):
    x = 1

    def f(self):
        return 2

    y = 3


print(C.order, C.x, C().f(), C.y, hasattr(C, "added_later"))


class PlainNew(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Tracking()


class D(metaclass=PlainNew):
    a = 1

    def g(self):
        return "g"


print(D.a, D().g(), type(D).__name__)
try:
    type("E", (), [("a", 1)])
except TypeError as e:
    print(e)
