# __init_subclass__ with class keywords, and __class_getitem__.


class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)


class Alpha(Plugin, name="first"):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, name="third"):
    pass


print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    class Bad(Plugin, name="x", other=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoHook(extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    pass


try:
    class Child(Base, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])


class Sub(Box):
    pass


print(Sub[str])


class Explicit:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Explicit[3])
Dynamic = type("Dynamic", (Plugin,), {"x": 1}, name="dyn")
print(Dynamic.plugin_name, Dynamic.x, Plugin.registry[-1])
