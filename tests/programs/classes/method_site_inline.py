# A method call site and an attribute store site reused by instances in every state: the
# inline paths must give way whenever the instance or the class changed.


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return ("P.get", self.x)


def call_get(o):
    return o.get()


def store(o, v):
    o.y = v


ps = [P(i) for i in range(4)]
for p in ps:
    print(call_get(p))

# The instance shadows the method (inline, then in dict mode).
ps[1].get = lambda: "own function"
print([call_get(p) for p in ps])
del ps[1].get
print([call_get(p) for p in ps])
del ps[2].x
ps[2].x = "back"
print([call_get(p) for p in ps])
ps[2].get = lambda: "own in dict mode"
print([call_get(p) for p in ps])

# The class method replaced, then a builtin and a non-function callable put there.
P.get = lambda self: ("lambda", self.x)
print([call_get(p) for p in ps])
P.get = len
try:
    call_get(ps[0])
except TypeError as e:
    print("TypeError:", e)


class Callable:
    def __call__(self, *args):
        return ("Callable", len(args))


P.get = Callable()
print(call_get(ps[0]))
P.get = staticmethod(lambda: "static")
print(call_get(ps[0]))
P.get = classmethod(lambda cls: ("class", cls.__name__))
print(call_get(ps[0]))
P.get = property(lambda self: lambda: "from property")
print(call_get(ps[0]))
del P.get
try:
    call_get(ps[0])
except AttributeError as e:
    print("AttributeError:", e)


# A subclass, and a class with __getattribute__ at the same site.
class Q(P):
    def get(self):
        return ("Q.get", self.x)


class G(P):
    def __getattribute__(self, name):
        if name == "get":
            return lambda: "intercepted"
        return object.__getattribute__(self, name)


for o in [Q(1), G(2), Q(3)]:
    print(call_get(o))


# Wrong argument counts at a direct method call.
class A:
    def m(self, a, b):
        return a + b


a = A()
for args in [(1, 2), (1,), (1, 2, 3)]:
    try:
        print(a.m(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    a.m(1)
except TypeError as e:
    print("TypeError:", e)


# Stores: in key order (inline), out of order, and after the key list grew.
class S:
    pass


objs = [S() for _ in range(3)]
objs[0].a = 1
objs[0].b = 2
objs[1].b = 3
objs[1].a = 4
for o in objs:
    store(o, len(vars(o)))
    o.a = "a"
    store(o, "again")
    print(vars(o))


class Slots:
    __slots__ = ("u", "v")


for first in ["u", "v"]:
    s = Slots()
    setattr(s, first, 1)
    s.u = 10
    s.v = 20
    print(s.u, s.v)

# Methods of small ints and other builtin values through a method call site.
for n in [0, 5, -7, 2**70]:
    print(n.bit_length(), n.to_bytes(10, "big", signed=True).hex(), (3).__add__(n))
for call in [lambda: (5).bit_count(1), lambda: (5).bit_length(x=1), lambda: (2**80).bit_length(3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    (5).nope()
except AttributeError as e:
    print("AttributeError:", e)
print((5).real, (7).conjugate(), (255).as_integer_ratio())
(1).bit_length(2)
