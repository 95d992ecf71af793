# A base that is not a class is replaced by what its __mro_entries__ returns; the class
# keeps the original bases in __orig_bases__, and the metaclass comes from the new bases.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta builds", name, [b.__name__ for b in bases], "__orig_bases__" in ns)
        return super().__new__(mcls, name, bases, ns)


class Base(metaclass=Meta):
    pass


class Marker:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("resolving among", len(bases), "bases")
        return self.targets


class A(Marker(Base)):
    pass


print(type(A).__name__, A.__mro__, A.__bases__, type(A.__orig_bases__[0]).__name__)


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class B(Marker(), Mixin, Marker(dict)):
    pass


print(B.__bases__, B().hello(), B(a=1), "__orig_bases__" in Mixin.__dict__)


class Plain(Mixin):
    pass


print("__orig_bases__" in Plain.__dict__, list(A.__dict__))


class Bad:
    def __mro_entries__(self, bases):
        return [object]


class C(Bad()):
    pass
