from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p == Point(2, 1), p != Point(1, 3))
print(Point(5), Point(y=3, x=4))
print(Point.__eq__(p, (1, 2)))
print(p == (1, 2))
print(Point.__match_args__, Point.__doc__)
print(Point.__hash__)
for a, k in [((), {}), ((1, 2, 3), {}), ((1,), {"q": 1}), ((1,), {"x": 1}), ((), {"y": 1})]:
    try:
        Point(*a, **k)
    except TypeError as e:
        print("TypeError:", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "rc")
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, sorted([v2, v1]))
print(hash(v1) == hash((1, 2)), {v1: "a"}[Version(1, 2, "x")])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except AttributeError as e:
    print(e)
try:
    v1 < 3
except TypeError as e:
    print(e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    secret: str = field(default="s", repr=False)
    count: int = field(init=False, default=0)
    tags: dict = field(default_factory=dict, metadata={"unit": "n"})

    def __post_init__(self):
        self.count = len(self.items)


inv = Inventory("a", [1, 2])
print(inv, Inventory("b"))
print(Inventory("b").items is not Inventory("b").items)
for f in fields(inv):
    print(f.name, f.type, f.default is MISSING, f.init, f.repr, f.metadata)
print(fields(Inventory)[4].metadata["unit"])
print(asdict(inv), astuple(inv))


@dataclass
class Line:
    start: Point
    end: Point
    via: list


ln = Line(Point(0, 0), Point(1, 1), [Point(2, 2), (3, Point(4, 4))])
print(asdict(ln))
print(astuple(ln))
print(replace(p, y=9), replace(v1, tag="z"))
try:
    replace(inv, count=3)
except ValueError as e:
    print("ValueError:", e)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
for bad in (3, int):
    try:
        fields(bad)
    except TypeError as e:
        print(e)
try:
    asdict(Point)
except TypeError as e:
    print(e)


@dataclass
class Point3(Point):
    z: int = 0


print(Point3(1, 2, 3), Point3.__match_args__, Point3(1) == Point(1))


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale


w = WithInit(3)
print(w, WithInit(3, 10), [f.name for f in fields(w)])
print(repr(WithInit.__dataclass_fields__["scale"]).replace(repr(MISSING), "MISSING"))


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int
    c: int = 1


print(KW(1, b=2), KW.__match_args__)
try:
    KW(1, 2)
except TypeError as e:
    print(e)
try:
    KW(1)
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = field(default=2, kw_only=False)


print(AllKW(5, a=1))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=0, hash=False)


print(hash(Key("a", 1)) == hash(Key("a", 2)) == hash(("a",)))


@dataclass(eq=False)
class Ident:
    x: int


print(Ident(1) == Ident(1), Ident.__hash__ is object.__hash__)


@dataclass(repr=False, init=False)
class Bare:
    x: int = 3


print(Bare().x, Bare() == Bare(), "object at" in repr(Bare()))

P2 = make_dataclass("P2", ["z", ("x", int), ("y", int, field(default=5))], order=True)
print(P2(1, 2, 3), P2(1, x=0), P2(1, 2, 3) < P2(1, 3, 0), P2.__module__, P2.__annotations__)

errors = []


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def mutable():
    @dataclass
    class C:
        x: list = []


def follows():
    @dataclass
    class C:
        x: int = 0
        y: int


def both():
    field(default=1, default_factory=list)


def order_no_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def overwrite():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def unannotated():
    @dataclass
    class C:
        x = field()


def frozen_mix():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def two_kw():
    @dataclass
    class C:
        a: KW_ONLY
        b: KW_ONLY


def bad_hash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


for make in (mutable, follows, both, order_no_eq, overwrite, unannotated, frozen_mix, two_kw, bad_hash,
             lambda: make_dataclass("X", ["a", "a"]), lambda: make_dataclass("X", ["class"]),
             lambda: make_dataclass("X", ["1a"])):
    attempt(make)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 1


s = Slotted(3)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError:", e)


def describe(obj):
    match obj:
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y):
            return f"at {x}, {y}"


print(describe(Point(0, 4)), describe(Point(3, 0)), describe(Point(1, 1)))
Point(1, 2, 3, 4)
