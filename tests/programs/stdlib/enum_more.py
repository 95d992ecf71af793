from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, CONFORM, EJECT


class Base(Enum):
    def label(self):
        return self.name.lower()

    def __str__(self):
        return "S:" + self.name


class Fruit(Base):
    APPLE = "a"
    PEAR = "p"


print(Fruit.APPLE.label(), str(Fruit.PEAR), repr(Fruit.APPLE), list(Fruit.__members__.items()))


class Perm(Flag):
    NONE = 0
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(list(Perm), repr(Perm.NONE), repr(Perm.R | Perm.W), repr(Perm.R | Perm.W | Perm.X), Perm.RW in Perm(7))
print(repr(~Perm.NONE), repr(~Perm.RW), Perm.R & Perm.W, list(Perm.__members__))


class C(Flag, boundary=CONFORM):
    A = 1
    B = 2


class E(Flag, boundary=EJECT):
    A = 1
    B = 2


print(repr(C(7)), E(7), repr(E(3)))


class Size(IntEnum):
    S = 1
    M = 2

    def __str__(self):
        return self.name


print(f"{Size.S}", str(Size.M), f"{Size.M:>4}", "%d|%s|%r" % (Size.S, Size.S, Size.S))
print(Size.S + Size.M, Size.M * 2, Size(1.0), max(Size), Size.S.real)
print(Fruit.APPLE.__class__.__mro__[:2], Fruit._member_names_, Fruit._value2member_map_)
print(isinstance(Fruit.APPLE, Base), issubclass(Fruit, Enum), Fruit.APPLE is Fruit("a"))


class Dir(StrEnum):
    N = "north"


print(Dir.N + "!", Dir.N.upper(), "north" in {Dir.N}, Dir("north"), Dir.N.value)
print(dir(Fruit.APPLE)[:0], hasattr(Fruit, "APPLE"), getattr(Fruit, "PEAR"))
Fruit("b")
