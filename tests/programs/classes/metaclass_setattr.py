# A metaclass's __setattr__/__delattr__ run for assignments to its classes' attributes;
# type.__setattr__ and super().__setattr__ store into the class; cls.__class__ is the
# metaclass.


class Locked(type):
    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f"cannot rebind constant {name!r} of {cls.__name__}")
        print("setting", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name.isupper():
            raise AttributeError(f"cannot delete constant {name!r}")
        print("deleting", name)
        super().__delattr__(name)


class Config(metaclass=Locked):
    LIMIT = 10
    mode = "fast"


Config.mode = "slow"
Config.extra = 1
print(Config.mode, Config.extra, Config.__class__.__name__, type(Config).__qualname__)
print(Config.__class__ is Locked, Config().__class__ is Config, int.__class__, Locked.__class__)
try:
    Config.LIMIT = 11
except AttributeError as e:
    print(e)
del Config.extra
print(hasattr(Config, "extra"))
try:
    del Config.LIMIT
except AttributeError as e:
    print(e)
type.__setattr__(Config, "LIMIT", 12)
print(Config.LIMIT)


class Sub(int, Config):
    pass


type.__setattr__(Sub, "__repr__", lambda self: "Sub!")
print(repr(Sub(3)), Sub(3) + 1)
setattr(Sub, "VALUE", 1)
