# __slots__ makes member descriptors on the class, and the instances keep the slots in
# words of their own.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(P.x, type(P.x), type(P.x).__name__)
print(P.x.__name__, P.x.__qualname__, P.x.__objclass__, P.x.__doc__)
print(p.x, hasattr(p, "y"), getattr(p, "y", "unset"))
try:
    p.y
except AttributeError as e:
    print(repr(e), e.name, e.obj is p)
try:
    del p.y
except AttributeError as e:
    print(repr(e))
try:
    p.z = 1
except AttributeError as e:
    print(repr(e))
P.y.__set__(p, 5)
print(P.y.__get__(p), P.y.__get__(p, P), P.y.__get__(None, P), p.y)
P.y.__delete__(p)
print(hasattr(p, "y"))
for call in (
    lambda: P.x.__get__(1),
    lambda: P.x.__set__("s", 2),
    lambda: P.x.__get__(None),
    lambda: P.x.__get__(),
    lambda: P.x.__set__(p),
):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(list(vars(P)))
print(P.x is P.x, P.x == P.y, isinstance(P.x, type(P.y)))
for i in range(5):
    p.x += i
    p.y = p.x * 2
print(p.x, p.y)
del p.x
print(hasattr(p, "x"), dir(p)[-2:])
try:
    p.__dict__
except AttributeError as e:
    print(repr(e))
try:
    vars(p)
except TypeError as e:
    print(e)


class Private:
    __slots__ = ("__secret", "_shown")

    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret


print(Private().reveal(), Private._Private__secret, list(vars(Private))[:4])


class Docs:
    __slots__ = {"b": "the b", "a": "the a"}


d = Docs()
d.a = 1
print(Docs.a.__doc__, list(vars(Docs)), d.a)


class Listed:
    __slots__ = ["one"]


class One:
    __slots__ = "only"


o = One()
o.only = "yes"
print(o.only, One.only, Listed.one)


class Sub(P):
    __slots__ = ("z",)


s = Sub(3)
s.y, s.z = 4, 5
print(s.x, s.y, s.z, Sub.x, Sub.z, Sub.__slots__)
try:
    s.w = 1
except AttributeError as e:
    print(e)


class Open(P):
    pass


op = Open(7)
op.w = 8
op.y = 9
print(op.__dict__, vars(op), op.x, op.y, op.w)
op.__dict__["x"] = "shadowed?"
print(op.x, op.__dict__)
del op.x
print(hasattr(op, "x"), op.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.__dict__, w.a, w.b)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print(e)

P.x = "class value"
q = P.__new__(P)
print(q.x)
try:
    q.x = 3
except AttributeError as e:
    print(e)
try:
    del q.x
except AttributeError as e:
    print(e)
try:
    del q.nothing
except AttributeError as e:
    print(e)
