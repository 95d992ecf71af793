# Instance attributes keep CPython's insertion order whatever order they are added in, across
# deletion, re-adding, many attributes, and instances made before and after their class has
# seen its first attributes; the same attribute sites read them all.


class P:
    pass


def show(o):
    return list(vars(o).items())


def read_xyz(o):
    # One site per name, shared by every instance below.
    out = []
    for get in (lambda: o.x, lambda: o.y, lambda: o.z):
        try:
            out.append(get())
        except AttributeError as e:
            out.append("missing: " + str(e))
    return out


early = P()  # made before P has seen any attribute
early2 = P()

a = P()
a.x = 1
a.y = 2
a.z = 3
b = P()
b.z = 30
b.y = 20
b.x = 10
c = P()
c.y = 200
c.x = 100
d = P()
d.x = 1000
d.z = 3000  # skips y
d.y = 2000  # y now comes after z
for o in (a, b, c, d):
    print(read_xyz(o), show(o))
    print(list(o.__dict__), list(vars(o)))

early2.w = "w"
early.z = "z first"
early.x = "x second"
print(show(early), show(early2), read_xyz(early), read_xyz(early2))

# Deleting and re-adding: the re-added attribute goes last.
e = P()
e.x, e.y, e.z = 1, 2, 3
del e.y
print(show(e), read_xyz(e))
e.y = "again"
print(show(e), read_xyz(e))
del e.x
del e.z
e.x = "x"
print(show(e), read_xyz(e))
try:
    del e.z
except AttributeError as err:
    print("AttributeError:", err)
f = P()
f.x = 1
try:
    del f.y
except AttributeError as err:
    print("AttributeError:", err)
print(show(f))

# Many attributes, more than any first guess: by name, then through vars().
class Wide:
    def __init__(self, n, start):
        for i in range(start, n):
            setattr(self, "a%d" % i, i * i)


ws = [Wide(n, 0) for n in (3, 10, 40, 5, 35)]
for w in ws:
    names = list(vars(w))
    print(len(names), names[:3], names[-2:], getattr(w, "a2"), hasattr(w, "a4"), hasattr(w, "a33"))
late = Wide(12, 6)
late.a0 = "zero"
print(list(vars(late)))
print(sum(getattr(w, "a%d" % i, 0) for w in ws for i in range(40)))

# Dynamic names, including names built at run time (equal text, other str objects).
g = P()
for i in range(5):
    setattr(g, "k" + str(i), i)
print(g.k0, g.k4, getattr(g, "k" + "2"), hasattr(g, "k" + "5"), getattr(g, "k9", "default"))
delattr(g, "k" + "3")
print(show(g), hasattr(g, "k3"))
setattr(g, "k3", "back")
print(show(g))

# Attribute names that are not identifiers are attributes too.
h = P()
setattr(h, "with space", 1)
setattr(h, "", 2)
h.x = 3
print(show(h), getattr(h, "with space"), getattr(h, ""))


# Instances that grow after their class learned a smaller layout.
class Grow:
    def __init__(self):
        self.a = 1
        self.b = 2


g1 = Grow()
g2 = Grow()
g2.c = 3
g3 = Grow()
g3.c = 30
g3.d = 40
g4 = Grow()
g4.d = 400
g4.c = 300
for o in (g1, g2, g3, g4, Grow()):
    print(vars(o), getattr(o, "c", None), getattr(o, "d", None))


# Equality, repr and copy of the attribute dicts see the same thing.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return vars(self) == vars(other)

    def __repr__(self):
        return "Pt(%s)" % ", ".join("%s=%r" % kv for kv in vars(self).items())


p1, p2, p3 = Pt(1, 2), Pt(1, 2), Pt(2, 1)
print(p1 == p2, p1 == p3, repr(p1), dict(vars(p3)), p1.__dict__.copy())
q = Pt(0, 0)
q.__dict__.update(vars(p3))
print(q, q.x, q.y)
