# copy.copy and copy.deepcopy: builtin containers, cycles, memo, class instances,
# __copy__/__deepcopy__, __getstate__/__setstate__, __reduce__, slots, subclasses.
import copy
from collections import deque, OrderedDict, defaultdict, Counter

nested = [1, [2, 3], {"k": [4]}, (5, [6]), "s"]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3] is nested[3])
nested[1].append(99)
print(shallow[1], deep[1])

t = (1, "a", (2, 3), None)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
for atom in [None, 1, 2.5, True, 3j, "str", b"by", range(3), len, print, int, Ellipsis, NotImplemented]:
    print(repr(atom), copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.copy(slice(1, 2)))
s = {1, 2, 3}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(s))
ba = bytearray(b"abc")
ba2 = copy.copy(ba)
ba2[0] = 65
print(ba, ba2, copy.deepcopy(ba))

# Cycles and shared references.
a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b is not a, b[:2])
d = {"self": None}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2)
shared = [0]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is shared)
cyc = [1]
tup = (cyc,)
cyc.append(tup)
c2 = copy.deepcopy(tup)
print(c2[0][1] is c2, c2 is not tup)

memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo, memo[id(x)] is y1, len(memo))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = []

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
p.tags.append("a")
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append("b")
print(q, r, type(q) is Point, q.tags is p.tags, r.tags is p.tags)


class Empty:
    pass


e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0].children[0].parent is root2.children[0])
print(root2.children[0].name, root2 is not root)


class Tracked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.v)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called with memo of", type(memo).__name__)
        return Tracked(copy.deepcopy(self.v, memo))


tr = Tracked([1, 2])
print(copy.copy(tr).v is tr.v)
print(copy.deepcopy(tr).v is tr.v)
print(copy.deepcopy([tr, tr])[0].v)


class Stateful:
    def __init__(self):
        self.value = 10
        self.cache = {"big": 1}

    def __getstate__(self):
        print("  getstate")
        state = self.__dict__.copy()
        del state["cache"]
        return state

    def __setstate__(self, state):
        print("  setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = {}


st = copy.deepcopy(Stateful())
print(st.value, st.cache)
st = copy.copy(Stateful())
print(st.value, st.cache)


class Reduced:
    def __init__(self, a, b=0):
        print("  Reduced.__init__", a, b)
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a, self.b + 1))


rd = copy.copy(Reduced([1]))
print(rd.a, rd.b)
rd = copy.deepcopy(Reduced([1], 5))
print(rd.a, rd.b)


class Singleton:
    def __reduce__(self):
        return "Singleton"


one = Singleton()
print(copy.copy(one) is one, copy.deepcopy(one) is one)


class WithNewArgs:
    def __new__(cls, n):
        print("  __new__", n)
        self = super().__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


w = copy.copy(WithNewArgs(3))
print(w.n)


class Slotted:
    __slots__ = ("x", "y", "__secret")

    def __init__(self):
        self.x = [1]
        self.__secret = "s"

    def secret(self):
        return self.__secret


sl = copy.copy(Slotted())
print(sl.x, sl.secret(), hasattr(sl, "y"))
sl2 = copy.deepcopy(Slotted())
print(sl2.x, sl2.secret())


dq = deque([1, [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
print(dq2, dq2[1] is dq[1], copy.copy(deque("ab")))
od = OrderedDict([("b", 1), ("a", [2])])
print(copy.copy(od), copy.deepcopy(od)["a"] is od["a"])
dd = defaultdict(list, {"x": [1]})
dd2 = copy.deepcopy(dd)
dd2["y"].append(2)
print(dd2, dd)
print(copy.copy(Counter("abca")))


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.note = "hi"
ml2 = copy.copy(ml)
ml3 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.note, ml2[1] is ml[1], ml3, ml3[1] is ml[1])


class MyDict(dict):
    pass


md = MyDict(a=[1])
print(type(copy.copy(md)).__name__, copy.copy(md), copy.deepcopy(md)["a"] is md["a"])


class MyTuple(tuple):
    pass


mt = MyTuple([1, 2])
print(type(copy.copy(mt)).__name__, copy.copy(mt), copy.deepcopy(mt))


class MyInt(int):
    pass


mi = copy.copy(MyInt(7))
print(type(mi).__name__, mi + 1)

exc = ValueError("bad", 3)
print(repr(copy.copy(exc)), repr(copy.deepcopy(exc)))


class Meth:
    def __init__(self):
        self.data = [1]

    def get(self):
        return self.data


m = Meth()
bound = copy.deepcopy(m.get)
print(bound() == m.data, bound() is m.data, bound.__self__ is m)

print(copy.Error is copy.error, issubclass(copy.Error, Exception), copy.__all__)


def gen():
    yield 1


for obj in [gen(), copy]:
    try:
        copy.deepcopy(obj)
    except TypeError as err:
        print("TypeError", err)

copy.copy([gen()])
copy.deepcopy({"g": gen()})
