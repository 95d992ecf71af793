# Metaclasses: class creation through type.__new__, __prepare__, __call__, class-level
# dunders from the metaclass, and the three-argument type().


class Registry(type):
    classes = []

    def __new__(mcs, name, bases, namespace, **kwargs):
        print("Registry.__new__", name, [b.__name__ for b in bases], sorted(k for k in namespace if not k.startswith("__")), kwargs)
        cls = super().__new__(mcs, name, bases, namespace)
        mcs.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        print("Registry.__init__", name)
        super().__init__(name, bases, namespace)

    def describe(cls):
        return f"class {cls.__name__} made by {type(cls).__name__}"


class Base(metaclass=Registry):
    x = 1

    def method(self):
        return "method"


class Child(Base, tag="t"):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()

    y = 2


print(Registry.classes, type(Base).__name__, type(Child) is Registry)
print(Base.describe(), Child.describe(), Child().method(), Child.x, Child.y)
print(isinstance(Base, Registry), isinstance(Base, type), issubclass(Registry, type))


class Singleton(type):
    instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls.instances:
            cls.instances[cls] = super().__call__(*args, **kwargs)
        return cls.instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value)


class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": "by prepare"}

    def __new__(mcs, name, bases, namespace, **kwargs):
        namespace["fields"] = [k for k in namespace if not k.startswith("__")]
        return super().__new__(mcs, name, bases, namespace)


class Record(metaclass=OrderedMeta, flavour="x"):
    b = 1
    a = 2

    def c(self):
        pass


print(Record.fields, Record.injected)


class Container(type):
    def __iter__(cls):
        return iter(cls.members)

    def __len__(cls):
        return len(cls.members)

    def __getitem__(cls, key):
        return cls.members[key]

    def __contains__(cls, item):
        return item in cls.members

    def __repr__(cls):
        return f"<Container {cls.__name__}>"

    @property
    def size(cls):
        return len(cls.members)


class Colors(metaclass=Container):
    members = ["red", "green", "blue"]


print(list(Colors), len(Colors), Colors[1], "red" in Colors, "pink" in Colors, Colors, Colors.size)
print(repr(Colors), str(Colors), [Colors])


class EvenCheck(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0

    def __subclasscheck__(cls, sub):
        return sub is bool


class Even(metaclass=EvenCheck):
    pass


print(isinstance(4, Even), isinstance(3, Even), isinstance(4, (str, Even)), issubclass(bool, Even), issubclass(int, Even))

Point = type("Point", (), {"x": 0, "show": lambda self: f"Point({self.x})"})
p = Point()
print(Point.__name__, p.show(), type(Point) is type)
Dyn = type("Dyn", (Base,), {"z": 3})
print(type(Dyn).__name__, Dyn.z, Dyn.describe())


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    class Both(A1, A2):
        pass
except TypeError as e:
    print("TypeError:", e)


def function_metaclass(name, bases, namespace):
    return f"made {name} with {sorted(k for k in namespace if not k.startswith('__'))}"


class NotAClass(metaclass=function_metaclass):
    value = 1


print(NotAClass)
print(Registry.classes)
