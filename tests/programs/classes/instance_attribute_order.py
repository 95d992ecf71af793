"""The attributes of an instance keep the order they were added in, however the methods
of its class and code elsewhere add them, and whatever order other instances used."""
import copy
import itertools


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def label(self, text):
        self.text = text

    def color(self, c):
        self.color_name = c


# Each instance adds the same attributes in its own order.
points = []
for i, order in enumerate(itertools.permutations(["text", "color", "extra"])):
    p = Point(i, -i)
    for what in order:
        if what == "text":
            p.label("t%d" % i)
        elif what == "color":
            p.color("c%d" % i)
        else:
            p.extra = i * 10
    points.append(p)
for p in points:
    print(list(vars(p)), p.x, p.text, p.color_name, p.extra)

# Attributes added before __init__'s, from outside the class, and by setattr.
q = Point.__new__(Point)
q.z = 1
setattr(q, "text", "first")
q.__init__(3, 4)
print(vars(q))
r = Point(5, 6)
r.color("red")
r.label("later")
r.x = 50
print(vars(r), r.__dict__ == {"x": 50, "y": 6, "color_name": "red", "text": "later"})

# Deleting and adding again moves an attribute to the end, as in CPython.
del r.x
r.x = 500
print(list(vars(r)))
s = Point(1, 2)
s.label("a")
s.color("b")
del s.y
print(list(s.__dict__), hasattr(s, "y"))


# Many attributes in scrambled orders: more than the order can record inline.
class Wide:
    def fill(self, names):
        for n in names:
            setattr(self, n, n.upper())

    def known(self):
        self.a0 = self.a1 = self.a2 = self.a3 = self.a4 = 0
        self.a5 = self.a6 = self.a7 = self.a8 = self.a9 = 0


names = ["a%d" % i for i in range(40)]
for step in (1, 3, 7, 11, 39):
    w = Wide()
    scrambled = [names[(k * step) % 40] for k in range(40)]
    w.fill(scrambled[:17])
    w.known()
    w.fill(scrambled[17:])
    print(step, list(vars(w)) == list(dict.fromkeys(scrambled[:17] + names[:10] + scrambled[17:])))
for count in (15, 16, 17):
    w = Wide()
    w.fill(names[count - 1::-1])
    print(count, list(vars(w)) == names[count - 1::-1], w.a0)


# Name mangling, subclasses adding their own, a base's attributes set later.
class Base:
    def __init__(self):
        self.__secret = "s"
        self.base = "b"

    def late(self):
        self.base_late = "bl"


class Derived(Base):
    def __init__(self, first):
        if first:
            self.own = "o"
            super().__init__()
        else:
            super().__init__()
            self.own = "o"

    def more(self):
        self.derived_late = "dl"


for first in (True, False):
    d = Derived(first)
    d.more()
    d.late()
    print(list(vars(d)))
d2 = Derived(True)
d2.late()
d2.more()
print(list(vars(d2)), d2._Base__secret)


# __slots__ classes still refuse what their slots do not name.
class Slotted:
    __slots__ = ("a",)

    def set_b(self):
        self.b = 1

    def set_a(self):
        self.a = 2


sl = Slotted()
sl.set_a()
try:
    sl.set_b()
except AttributeError as e:
    print("AttributeError:", e)
print(sl.a, hasattr(sl, "__dict__"))


# A staticmethod's first parameter is not an instance; what it stores goes where it goes.
class Helper:
    @staticmethod
    def stamp(self):
        self.stamped = True

    def plain(self):
        self.mine = 1


class Other:
    pass


o = Other()
Helper.stamp(o)
h = Helper()
Helper.stamp(h)
h.plain()
print(vars(o), vars(h))

# Copies keep the order; the dict view follows changes made through it.
orig = Point(1, 1)
orig.color("c")
orig.label("l")
dup = copy.copy(orig)
deep = copy.deepcopy(orig)
print(list(vars(dup)), list(vars(deep)))
orig.__dict__["new"] = "via dict"
orig.later = True
print(list(vars(orig)), orig.new)


# Instances made before and after the class met each attribute.
class Growing:
    pass


early = [Growing() for _ in range(3)]
for i, g in enumerate(early):
    for n in ["p", "q", "r", "s"][i:] + ["p", "q", "r", "s"][:i]:
        setattr(g, n, i)
late = Growing()
late.s = 1
late.p = 2
print([list(vars(g)) for g in early], list(vars(late)))

# repr of vars after attributes replaced keeps the first position.
g = early[0]
g.p = "replaced"
print(vars(g))
