"""Instances of classes deriving from list, dict, set and bytearray: len, iteration, truth
and `in` follow the base type until the class (or a base, or later code) overrides them;
construction and `__init__` behave as CPython's; plain methods run on the value."""


class Stack(list):
    pass


s = Stack()
print(len(s), bool(s), list(iter(s)), 3 in s, type(s).__name__)
s.append(3)
s.append(4)
s.extend([5, 6])
print(len(s), bool(s), [x for x in s], 3 in s, 9 in s, s.pop(0), s.pop(), s)
while s:
    s.pop()
print(s, len(s), type(s).__name__)

# The value is built as the base type builds it, with its errors.
print(Stack("abc"), Stack(range(3)), Stack(x * 2 for x in range(3)))
for bad in [lambda: Stack(1), lambda: Stack(1, 2), lambda: Stack(a=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


# Overrides defined in the class, and added or removed later, take over and give back.
class Counted(list):
    def __len__(self):
        return 100

    def __contains__(self, x):
        return x == "everything"


c = Counted([1, 2])
print(len(c), bool(c), "everything" in c, 1 in c, list(c))
Stack.__len__ = lambda self: -1 + list.__len__(self) + 1 + 1000
t = Stack([1])
print(len(t), bool(t))
del Stack.__len__
print(len(t), bool(t))
Stack.__iter__ = lambda self: iter(["overridden"])
print(list(t), [x for x in t])
del Stack.__iter__
print(list(t))
Stack.__bool__ = lambda self: False
print(bool(t), "yes" if t else "no")
del Stack.__bool__
print(bool(t))


class Middle(list):
    pass


class Leaf(Middle):
    pass


leaf = Leaf([1, 2, 3])
print(len(leaf), 2 in leaf)
Middle.__contains__ = lambda self, x: True
print(len(leaf), "anything" in leaf)
del Middle.__contains__
print("anything" in leaf)


# __init__: list, set and bytearray empty the value first; dict only adds. Overridden
# methods of the class are not what __init__ uses.
class D(dict):
    def update(self, *a, **k):
        print("D.update called")

    def clear(self):
        print("D.clear called")


d = D(a=1)
d.__init__(b=2)
dict.__init__(d, [("c", 3)])
print(d, len(d), "a" in d, sorted(d))


class L(list):
    def extend(self, x):
        print("L.extend called")

    def clear(self):
        print("L.clear called")


lst = L([1, 2])
lst.__init__((5,))
print(lst)
lst.__init__()
print(lst, len(lst))


class S(set):
    def update(self, *a):
        print("S.update called")


st = S([1, 2])
st.__init__([3])
print(sorted(st), len(st), 3 in st, 1 in st)


class B(bytearray):
    pass


b = B(b"xy")
b.__init__(b"z")
print(b, len(b), 122 in b)


# A class with its own __init__ or __new__ is constructed through them.
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag


tg = Tagged([1, 2], "t")
print(tg, tg.tag, len(tg))


class Doubled(list):
    def __new__(cls, items):
        print("Doubled.__new__")
        return super().__new__(cls)

    def __init__(self, items):
        super().__init__(x * 2 for x in items)


print(Doubled([1, 2]))
List = list


class Late(list):
    pass


lt = Late([1])
Late.__init__ = lambda self, *a: list.__init__(self, ["from late init"])
print(lt, Late([1]))
del Late.__init__
print(Late([2]))

# Methods: plain ones work on the value; in-place operators keep the instance.
s2 = Stack([3, 1, 2])
s2.sort()
s2.reverse()
copied = s2.copy()
s2 += [0]
print(s2, type(s2).__name__, copied, type(copied).__name__, s2.index(1), s2.count(0))


class Defaulting(dict):
    def __missing__(self, key):
        return key * 2


dd = Defaulting(x=1)
print(dd["x"], dd["yy"], dd.get("yy"), len(dd), "x" in dd, list(dd), dd.setdefault("z", 3))
fs = S([1])
print(repr(fs) if False else sorted(fs | {2}), type(fs | {2}).__name__)
