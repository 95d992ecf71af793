# abc: abstract methods, instantiation errors, virtual subclasses, __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
print(HalfDone.__abstractmethods__)
print(Square.__abstractmethods__)
print(Square(3).describe(), Square(2).perimeter())
print(type(Shape) is ABCMeta, isinstance(Square(1), Shape), issubclass(Square, Shape))

for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


# Metaclass written out, abstract properties, classmethods and staticmethods.
class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @abc.abstractproperty
    def old(self):
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    name = "impl"
    old = 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


print(Impl.make().name, Impl.helper(), Impl.__abstractmethods__)


class Old(ABC):
    @abc.abstractclassmethod
    def build(cls):
        return cls.__name__

    @abc.abstractstaticmethod
    def tool():
        return "tool"


class NewOld(Old):
    pass


print(sorted(Old.__abstractmethods__), Old.build(), NewOld.build(), NewOld.tool())


# Virtual subclasses.
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in k.__dict__ for k in C.__mro__):
                return True
        return NotImplemented


class Box:
    def __len__(self):
        return 3


class Plain:
    pass


print(isinstance(Box(), Sized), issubclass(Box, Sized), isinstance(Plain(), Sized))
print(isinstance([], Sized), isinstance(5, Sized))


class Drawable(ABC):
    pass


token = abc.get_cache_token()


@Drawable.register
class Picture:
    pass


class Photo(Picture):
    pass


print(Picture.__name__, issubclass(Picture, Drawable), isinstance(Photo(), Drawable))
print(Drawable not in Picture.__mro__, abc.get_cache_token() != token)
print(Drawable.register(int) is int, isinstance(3, Drawable), isinstance(3.0, Drawable))


class Sub(Drawable):
    pass


print(issubclass(Sub, Drawable), Drawable.register(Sub) is Sub)

try:
    Sub.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)

try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError:", e)


class Liar(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Liar)
except AssertionError as e:
    print("AssertionError:", e)


# update_abstractmethods after the class was made.
class Later(ABC):
    @abstractmethod
    def run(self):
        ...


Later.run = lambda self: "ran"
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().run())


def one(self):
    return 1


class Many(ABC):
    @abstractmethod
    def c(self): ...
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...


Many()
