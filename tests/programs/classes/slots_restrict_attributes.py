# __slots__ restricts which attributes instances may hold (private slot names mangled,
# inherited slots, __dict__ in __slots__, subclasses without __slots__), and slotted
# instances have no __dict__.
class S:
    __slots__ = ("a", "__p")

    def __init__(self):
        self.a = 1

    def set_private(self):
        self.__p = 3
        return self._S__p


s = S()
print(s.a, s.set_private())
for action in (lambda: setattr(s, "b", 1), lambda: s.__dict__, lambda: getattr(s, "c")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError", e)
t = S.__new__(S)
try:
    t.a
except AttributeError as e:
    print("AttributeError", e)
del s.a
try:
    s.a
except AttributeError as e:
    print("AttributeError", e)
s.a = 5
print(s.a, hasattr(s, "b"))


class Single:
    __slots__ = "only"


x = Single()
x.only = 1
try:
    x.other = 2
except AttributeError as e:
    print("AttributeError", e)


class Child(S):
    __slots__ = ("c",)


c = Child()
c.c = 3
c.a = 4
try:
    c.d = 5
except AttributeError as e:
    print("AttributeError", e)


class Open(S):
    pass


o = Open()
o.anything = 1
print(o.anything, "anything" in vars(o))


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.b, vars(w)["b"])


class Empty:
    __slots__ = ()


e = Empty()
try:
    e.x = 1
except AttributeError as err:
    print("AttributeError", err)


class Listed:
    __slots__ = ["p", "q"]

    def __init__(self, p, q):
        self.p, self.q = p, q


print(Listed(1, 2).p + Listed(3, 4).q)
for i in range(3):
    inst = Listed(i, i)
    inst.p += 1
    print(inst.p)
try:
    Listed(1, 2).r = 3
except AttributeError as err:
    print("AttributeError", err)
