# Attribute sites that see more classes than their caches hold entries, mixing inline
# instances, instances in dict mode, slots, properties and class attributes.


class A:
    kind = "a"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B(A):
    kind = "b"

    def get(self):
        return self.v * 2


class C(A):
    def get(self):
        return -self.v


class D:
    __slots__ = ("v",)
    kind = "d"

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v + 100


class E(B):
    @property
    def v(self):
        return 7

    @v.setter
    def v(self, value):
        pass


class F(C):
    def __init__(self, v):
        super().__init__(v)
        self.extra = 1
        del self.extra  # dict mode


class G:
    def __init__(self, v):
        self.get = lambda: v * 1000
        self.v = v
        self.kind = "own"


objects = [A(1), B(2), C(3), D(4), E(5), F(6), G(7)]


def read(o):
    return o.v, o.kind, o.get()


def write(o, value):
    o.v = value
    return o.v


for round_ in range(3):
    print([read(o) for o in objects])
    print([write(o, round_ * 10 + i) for i, o in enumerate(objects)])
    objects.reverse()

# One site, many classes made in a loop.
made = []
for i in range(12):
    made.append(type("K%d" % i, (A,), {"get": (lambda i: lambda self: self.v + i)(i)})(i))
total = 0
for _ in range(3):
    for o in made:
        total += o.get() + o.v
print(total)
