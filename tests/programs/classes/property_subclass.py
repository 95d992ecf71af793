# Classes deriving from property (their __get__, getter/setter copies of their own class, __init__
# with other arguments), and the data attributes of a builtin base value on subclass instances.
class P(property):
    def __get__(self, obj, cls=None):
        print("P.__get__", obj is None)
        return super().__get__(obj, cls)
class A:
    @P
    def x(self):
        "doc of x"
        return 5
    @x.setter
    def x(self, v):
        print("set", v)
a = A()
print(a.x, isinstance(A.__dict__["x"], property), type(A.__dict__["x"]).__name__)
a.x = 3
print(A.x.__doc__)
class Loud(property):
    pass
class B:
    @Loud
    def y(self): return "y"
b = B()
print(b.y)
try:
    b.y = 1
except AttributeError as e:
    print(e)
class Cached(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.name = fget.__name__
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.fget(obj)
        obj.__dict__[self.name] = value
        return value
class C:
    calls = 0
    @Cached
    def heavy(self):
        C.calls += 1
        return 42
c = C()
print(c.heavy, c.heavy, C.calls, C.heavy.name)


class Described(property):
    def __init__(self, fget, label):
        super().__init__(fget, doc=f"{label}: {fget.__name__}")
        self.label = label


try:
    Described(lambda s: 1)
except TypeError as e:
    print("TypeError:", e)
labelled = Described(lambda s: 2, "two")
print(labelled.__doc__, labelled.label, labelled.fset)
try:
    labelled.getter(lambda s: 3)
except TypeError as e:
    print("TypeError:", e)


class I(int):
    pass


class Z(complex):
    pass


print(I(3).real, I(3).denominator, I(7).numerator, Z(1, 2).imag, Z(1, 2).real)
try:
    I(3).missing
except AttributeError as e:
    print("AttributeError:", e)
