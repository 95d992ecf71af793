# super() calls: chains of __init__, diamonds, methods added to a middle class after the
# call site cached the lookup, classmethods, staticmethods, properties, builtin bases,
# a shadowed `super`, and the order of evaluation.


class A:
    def __init__(self, log):
        log.append("A")
        self.log = log

    def who(self):
        return ["A"]


class B(A):
    def __init__(self, log):
        log.append("B")
        super().__init__(log)

    def who(self):
        return ["B"] + super().who()


class C(A):
    def __init__(self, log):
        log.append("C")
        super().__init__(log)

    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def __init__(self, log):
        log.append("D")
        super().__init__(log)

    def who(self):
        return ["D"] + super().who()


for cls in [D, B, C, D]:
    obj = cls([])
    print(cls.__name__, obj.log, obj.who())

# A method added to a middle class later.
class Top:
    def f(self):
        return "Top.f"


class Middle(Top):
    pass


class Bottom(Middle):
    def f(self):
        return "Bottom>" + super().f()


b = Bottom()
print(b.f())
Middle.f = lambda self: "Middle.f"
print(b.f())
del Middle.f
print(b.f())
Top.f = lambda self: "Top.f2"
print(b.f())


# Diamond with a method added to a middle class later.
class DA:
    def m(self):
        return "DA"


class DB(DA):
    pass


class DC(DA):
    def m(self):
        return "DC>" + super().m()


class DD(DB, DC):
    def m(self):
        return "DD>" + super().m()


d = DD()
print(d.m())
DB.m = lambda self: "DB>" + super(DB, self).m()
print(d.m())


# Several classes through one super() call site.
class Shape:
    def area(self):
        return 0

    def describe(self):
        return type(self).__name__


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Tagged(Shape):
    def describe(self):
        return "tagged " + super().describe()


class TaggedSquare(Tagged, Square):
    pass


class Cube(Square):
    def area(self):
        return 6 * super().area()


for s in [Square(2), Cube(2), TaggedSquare(3), Tagged(), Cube(1)]:
    print(s.describe(), s.area())


# Classmethods, staticmethods, properties and attributes through super().
class P:
    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def static(x):
        return x * 2

    @property
    def prop(self):
        return "P.prop"

    data = 41


class Q(P):
    @classmethod
    def make(cls):
        return "Q>" + super().make()

    def use(self):
        return super().static(21), super().prop, super().data, super().make()


print(Q.make(), Q().use(), Q().use())


# Builtin bases.
class Stack(list):
    def append(self, x):
        super().append(x * 10)

    def __init__(self):
        super().__init__()


s = Stack()
for i in range(3):
    s.append(i)
print(s)


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Plain().ok, Plain().ok)


# The class of a method made anew each time its class statement runs.
def make_class(n):
    class Base2:
        def val(self):
            return n

    class Child(Base2):
        def val(self):
            return super().val() + 1000

    return Child


for n in range(3):
    print(make_class(n)().val())


# Errors: no attribute (raised before the arguments are evaluated), wrong instance.
class E1:
    def f(self):
        return super().missing(print("evaluated"))


try:
    E1().f()
except AttributeError as e:
    print("AttributeError", e)


class E2:
    def f(self):
        return super().__repr__()[:3]


class E3:
    f = E2.f


try:
    print(E3().f())
except TypeError as e:
    print("TypeError", e)

# self reassigned before super().
class R(A):
    def __init__(self):
        self = B([])
        print(type(self).__name__)
        super().__init__(["R"])


try:
    R()
except TypeError as e:
    print("TypeError", e)


# A shadowing global `super`.
def fake_super(*args):
    print("fake super", [type(a).__name__ for a in args])
    return A([])


class S(A):
    def who(self):
        return super().who()


print(S([]).who())
super = fake_super
print(S([]).who())
del super
print(S([]).who())
