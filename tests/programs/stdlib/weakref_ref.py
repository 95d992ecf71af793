# weakref.ref: referents, callbacks (and their order), hashing, equality, reprs,
# subclasses, and which objects can be weakly referenced.
import gc
import re
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


def show(text):
    # Addresses differ from run to run.
    print(re.sub(r"0x[0-9a-f]+", "ADDR", text))


def make(name):
    return Node(name)


events = []


def note(label):
    def callback(wr):
        events.append((label, wr() is None))
    return callback


def first_refs():
    """Weak references to a node nothing else keeps."""
    n = make("n")
    r = weakref.ref(n)
    print(r() is n, weakref.ref(n) is r, weakref.ref(n, None) is r)
    r_cb1 = weakref.ref(n, note("first"))
    r_cb2 = weakref.ref(n, note("second"))
    r_cb3 = weakref.ref(n, note("third"))
    print(r_cb3 is r, r_cb3 == r, weakref.getweakrefcount(n))
    print(weakref.getweakrefs(n) == [r, r_cb3, r_cb2, r_cb1])
    print(r == r_cb1, r != r_cb2, hash(r) == hash(n), r.__callback__, callable(r_cb1.__callback__))
    show(repr(r))
    show(repr(weakref.ref(Node)))
    show(repr(weakref.ref(make)))
    print(type(r), type(r).__name__, weakref.ref is weakref.ReferenceType)
    print(isinstance(r, weakref.ref), type(r_cb1) is weakref.ReferenceType)
    h = hash(r_cb1)
    print(n)
    return r, r_cb1, r_cb2, r_cb3, h


r, r_cb1, r_cb2, r_cb3, h = first_refs()
gc.collect()
print(r(), r_cb1(), r_cb2(), r_cb1.__callback__)
print(events)
show(repr(r))
print(hash(r_cb1) == h, r == r_cb1, r == r, r != r_cb1)
try:
    hash(r_cb2)
except TypeError as e:
    print("TypeError:", e)


# The callback of a weak reference that dies in a cycle with its referent never runs.
def pair():
    a = Node("a")
    a.self_ref = weakref.ref(a, note("never"))
    a.me = a


pair()
gc.collect()
print(events[2:])


# Referents that die together: each one's callbacks, newest first.
def group():
    x, y = Node("x"), Node("y")
    refs = [weakref.ref(x, note("x1")), weakref.ref(y, note("y1")), weakref.ref(x, note("x2"))]
    return refs


events.clear()
refs = group()
gc.collect()
print(events, [w() for w in refs])


# A subclass with extra state, as WeakValueDictionary's KeyedRef.
class NamedRef(weakref.ref):
    __slots__ = ("label",)

    def __new__(cls, obj, callback, label):
        self = super().__new__(cls, obj, callback)
        self.label = label
        return self

    def __init__(self, obj, callback, label):
        super().__init__(obj, callback)


def report(wr):
    print("dead:", wr.label, type(wr).__name__)


def named_ref():
    m = make("m")
    named = NamedRef(m, report, "the m")
    print(named() is m, named.label, isinstance(named, weakref.ref))
    print(weakref.getweakrefcount(m), m)
    return named


named = named_ref()
gc.collect()
print(named(), weakref.getweakrefcount(named))


# Objects that can and cannot be weakly referenced.
class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyList(list):
    pass


class MyInt(int):
    pass


class MyError(Exception):
    pass


def gen():
    yield 1


candidates = [
    1, 1.5, "s", b"b", (1,), [1], {1: 2}, None, True, object(), range(3), Slotted(),
    MyInt(3), Exception("e"), SlottedWeak(), MyList(), MyError(), Node, make, gen(),
    {1}, frozenset({2}), len, gc, Node("z").__repr__,
]
for obj in candidates:
    try:
        weakref.ref(obj)
        print("ok", type(obj).__name__)
    except TypeError as e:
        print("TypeError:", e)

for args in [(), (1, 2, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(Node("k"), callback=None)
except TypeError as e:
    print("TypeError:", e)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))

# The __weakref__ slot: the first weak reference, or None.
fresh = Node("fresh")
print(fresh.__weakref__)
fresh_ref = weakref.ref(fresh, note("fresh"))
print(fresh.__weakref__ is fresh_ref, SlottedWeak().__weakref__)
basic = weakref.ref(fresh)
print(fresh.__weakref__ is basic)
try:
    Slotted().__weakref__
except AttributeError as e:
    print("AttributeError:", e)
