from dataclasses import dataclass, field, fields, replace, asdict
import dataclasses as dataclasses

@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 3

p = P(1)
print(p, hash(p) == hash((1, 3)), P.__slots__, replace(p, x=5))
try:
    p.x = 2
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class Q:
    a: int = field(default=1, metadata={"k": 1})
    b: int = field(default_factory=lambda: 7, init=False)
    c: int = field(default=4, repr=False, compare=False)

q = Q()
print(q, q == Q(1, 9), fields(Q)[0].metadata, len(fields(Q)[0].metadata), Q.a, hasattr(Q, "b"))
print(Q.__init__.__qualname__, Q.__repr__.__qualname__, Q.__eq__.__name__)
print(dataclasses.is_dataclass(Q), dataclasses.MISSING is not None)

@dataclass
class R:
    self: int
    other: int = 0

print(R(1, 2), R(self=3))
try:
    R(1, 2, 3)
except TypeError as e:
    print(e)

@dataclass(init=False)
class T:
    x: int = 1

    def __init__(self, v):
        self.x = v * 2

print(T(4))

@dataclass
class U:
    items: tuple = ()
    n: frozenset = frozenset()

print(U(), U((1,)) == U((1,)))
try:
    @dataclass
    class V:
        s: set = set()
except ValueError as e:
    print(e)
try:
    @dataclass
    class W:
        d: dict = {}
except ValueError as e:
    print(e)
print(asdict(U((1, [2, (3,)]))))
Q(1, 2)
