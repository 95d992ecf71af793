from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color["GREEN"], Color(3), Color(1) is Color.RED)
print(Color.CRIMSON is Color.RED, Color.CRIMSON, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.default())
print(Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(repr(Color), type(Color.RED), isinstance(Color.RED, Color), Color.__members__)
print(list(Color.__members__), list(reversed(Color)))
print(f"{Color.RED}", format(Color.BLUE, ">10"), "[%s]" % Color.GREEN, str(Color.GREEN))
print({Color.RED: "r", Color.BLUE: "b"}[Color.CRIMSON], hash(Color.RED) == hash("RED"))
print(sorted(Color, key=lambda c: c.value), bool(Color.RED), Color.RED.__class__.__name__)


def attempt(f):
    try:
        print(f())
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: Color(5))
attempt(lambda: Color["PURPLE"])
attempt(lambda: setattr(Color, "RED", 5))
attempt(lambda: delattr(Color, "RED"))
attempt(lambda: setattr(Color.RED, "name", "x"))
attempt(lambda: Color.RED < Color.BLUE)
attempt(lambda: 3 in Color)


def reuse():
    class Bad(Enum):
        A = 1
        A = 2


def method_clash():
    class Bad(Enum):
        A = 1

        def A(self):
            pass


def extend():
    class More(Color):
        PURPLE = 4


def sunder():
    class Bad(Enum):
        _x_ = 1


def dup():
    @unique
    class Shape(Enum):
        SQUARE = 2
        DIAMOND = 1
        CIRCLE = 3
        ALIAS_FOR_SQUARE = 2
        OTHER = 1


for f in (reuse, method_clash, extend, sunder, dup):
    attempt(f)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Number.ONE, repr(Number.TWO), Number.THREE + 1, Number.ONE < Number.TWO, Number(2), Number.ONE == 1)
print(f"{Number.TWO:03d}", str(Number.THREE), sorted([3, Number.ONE, 2]), [1, 2][Number.ONE], hash(Number.TWO) == hash(2))
print(isinstance(Number.ONE, int), int(Number.THREE), Number["THREE"] is Number.THREE, list(Number))


class Pri(int, Enum):
    LOW = 1
    HIGH = 9


print(Pri.HIGH, repr(Pri.LOW), f"{Pri.HIGH}", Pri.HIGH > Pri.LOW, Pri.LOW * 2)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
    EXEC = auto()


print(Mode.READ, repr(Mode.WRITE), Mode.EXEC.upper(), Mode("w"), Mode.READ == "read", f"<{Mode.WRITE}>")
attempt(lambda: Mode("x"))


def bad_str():
    class S(StrEnum):
        A = 1


attempt(bad_str)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Named), Named.SOUTH.value)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e23, 2.4397e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coord.PY.label, Coord(0), Coord.PX.value, Coord.PY == b"\x01")


class Shade(Enum):
    LIGHT = "l"
    DARK = "d"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None


print(Shade("L"), Shade("d"))
attempt(lambda: Shade("x"))
attempt(lambda: Shade(3))


class Wrong(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 42


attempt(lambda: Wrong(2))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Dir = Enum("Dir", [("UP", "u"), ("DOWN", "d")])
print(Dir("u"), Dir.DOWN.value, len(Dir))
Lvl = IntEnum("Lvl", {"LOW": 10, "HIGH": 20})
print(Lvl.HIGH, repr(Lvl.LOW), Lvl(20) > 15)
Sz = Enum("Sz", "S, M, L", start=0)
print([(s.name, s.value) for s in Sz])


def paint(c):
    match c:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.BLUE:
            return "cool"


print(paint(Color.CRIMSON), paint(Color.BLUE), paint(Color.GREEN))
Color(42)
