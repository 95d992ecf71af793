from __future__ import annotations

import dataclasses
from dataclasses import InitVar, KW_ONLY, dataclass, field
from enum import Enum, auto


class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)


@dataclass
class Base:
    name: str
    size: int = 1
    tags: list[str] = field(default_factory=list)

    def __post_init__(self):
        print("Base.__post_init__", self.name)


@dataclass
class Child(Base):
    size: int = 5
    colour: str = "red"
    scale: InitVar[int] = 1
    _: KW_ONLY
    weight: float = 0.0

    def __post_init__(self, scale):
        super().__post_init__()
        self.size *= scale


c = Child("c", scale=3, weight=2.5)
print(c, [f.name for f in dataclasses.fields(c)], Child.__match_args__)
print(Child.__doc__)
print(Base("b") == Child("b"), Child("x") == Child("x"), Base("b") != Base("b", 2))
print(dataclasses.fields(Child)[1].type, type(dataclasses.fields(Child)[1].type).__name__)


@dataclass
class Custom:
    x: int
    y: int = 2

    def __repr__(self):
        return f"<Custom {self.x}>"

    def __eq__(self, other):
        return isinstance(other, Custom) and self.x == other.x


print(Custom(1), Custom(1, 5) == Custom(1, 6), Custom.__hash__)


@dataclass(eq=True, frozen=True)
class Pair:
    a: int
    b: int


seen = {Pair(1, 2), Pair(1, 2), Pair(2, 1)}
print(len(seen), sorted(seen, key=lambda p: (p.b, p.a)))
print(dataclasses.replace(Pair(1, 2), b=7))

hand = [Card(10, Suit.SPADES), Card(2, Suit.HEARTS), Card(10, Suit.HEARTS)]
print(sorted(hand))
print(dataclasses.asdict(hand[0]), dataclasses.astuple(hand[1]))
print(Card(3, Suit.HEARTS) == Card(3, Suit.SPADES), max(hand).rank)
try:
    Card(1, Suit.HEARTS) < Pair(1, 2)
except TypeError as e:
    print(e)


@dataclass
class A:
    other: B | None = None


@dataclass
class B:
    other: A | None = None


a = A()
b = B(a)
a.other = b
print(a, b)
print(A.__annotations__)


@dataclass
class Counter:
    count: int = 0
    history: dict[str, int] = field(default_factory=dict, repr=False)

    def bump(self, key):
        self.count += 1
        self.history[key] = self.history.get(key, 0) + 1
        return self


print(Counter().bump("a").bump("b").bump("a"), Counter().bump("z").history)
print(dataclasses.is_dataclass(Counter()), dataclasses.asdict(Counter(3)))


@dataclass
class Temp:
    celsius: float

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


print(Temp(100).fahrenheit, Temp(-40))
p = Pair(3, 4)
p.a = 5
