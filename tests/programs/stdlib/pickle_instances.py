# Instances of program classes, namedtuples, dataclasses, enums, collections and datetime
# objects, pickled with every protocol: the bytes and what they load back as.
import pickle, collections, datetime, fractions, enum, dataclasses


class Plain:
    def __init__(self):
        self.x = 1
        self.y = [1, 2]


class Slotted:
    __slots__ = ("a", "b", "__hidden")

    def __init__(self):
        self.a = 1
        self.__hidden = "h"


class SlotsAndDict(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = "e"


class WithState:
    def __init__(self):
        self.secret = "do not pickle"
        self.kept = 3

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["secret"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.secret = "restored"


class MyInt(int):
    pass


class MyStr(str):
    def __init__(self, text):
        self.note = "n"


class MyList(list):
    pass


class MyDict(dict):
    pass


class MySet(set):
    pass


Point = collections.namedtuple("Point", "x y")


class Color(enum.Enum):
    RED = 1
    GREEN = "g"


class Flags(enum.IntFlag):
    A = 1
    B = 2


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int


class Reduced:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return (Reduced, (self.value,))


class Singleton:
    def __reduce__(self):
        return "THE_ONE"


THE_ONE = Singleton()


class NewArgs:
    def __new__(cls, value):
        made = object.__new__(cls)
        made.value = value
        return made

    def __getnewargs__(self):
        return (self.value,)


class ReduceEx:
    def __reduce_ex__(self, proto):
        return (ReduceEx, (), {"proto": proto})


def describe(obj):
    cls = type(obj)
    if isinstance(obj, type) or callable(obj):
        return f"{cls.__name__} {obj.__module__}.{obj.__qualname__}"
    if isinstance(obj, set):
        return f"{cls.__name__} {sorted(obj)}"
    if cls.__repr__ is not object.__repr__ or isinstance(obj, (int, str, list, dict, set, tuple)):
        return f"{cls.__name__} {obj!r}"
    state = {}
    for name in ("x", "y", "a", "b", "_Slotted__hidden", "extra", "secret", "kept", "value", "proto"):
        if hasattr(obj, name):
            state[name] = getattr(obj, name)
    return f"{cls.__name__} {state}"


shared = [0]
objects = [
    Plain(), Slotted(), SlotsAndDict(), WithState(), MyInt(5), MyStr("s"), MyList([1, 2]),
    MyDict(a=1), MySet([3]), Point(1, 2), Color.RED, Color.GREEN, Flags.A | Flags.B, Item("pen", 2),
    Frozen(7), Reduced(9), THE_ONE, NewArgs(4), ReduceEx(),
    collections.OrderedDict(a=1, b=2), collections.defaultdict(list, k=[1]),
    collections.deque([1, 2]), collections.deque([1], 3), collections.Counter("abca"),
    datetime.date(2024, 2, 29), datetime.datetime(2020, 1, 2, 3, 4, 5, 6),
    datetime.time(1, 2, 3, 400000), datetime.timedelta(1, 2, 3),
    datetime.datetime(2021, 5, 6, 7, 8, tzinfo=datetime.timezone.utc),
    datetime.timezone(datetime.timedelta(hours=-5), "EST"),
    datetime.datetime(2021, 11, 7, 1, 30, fold=1), fractions.Fraction(-3, 4), 3 - 4j,
    range(2, 10, 3), ValueError("bad", 2), KeyError("k"), [shared, shared, (shared,)],
    Plain, Color, len, print, describe, collections.OrderedDict, datetime.datetime,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for obj in objects:
        try:
            data = pickle.dumps(obj, proto)
        except TypeError as err:
            print("  TypeError:", err)
            continue
        print(" ", data)
        print("   ->", describe(pickle.loads(data)))

back = pickle.loads(pickle.dumps(datetime.datetime(2021, 11, 7, 1, 30, fold=1), 4))
print(back.fold, pickle.loads(pickle.dumps(datetime.datetime(2021, 11, 7, 1, 30, fold=1), 3)).fold)
print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED, pickle.loads(pickle.dumps(THE_ONE)) is THE_ONE)
dd = pickle.loads(pickle.dumps(collections.defaultdict(list, k=[1])))
dd["new"].append(1)
print(dd)
dq = pickle.loads(pickle.dumps(collections.deque([1, 2, 3], 3)))
dq.append(4)
print(dq, dq.maxlen)
lists = pickle.loads(pickle.dumps([shared, shared]))
print(lists[0] is lists[1])
