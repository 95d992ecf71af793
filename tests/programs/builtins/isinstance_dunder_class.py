class A:
    pass

class Sub(A):
    pass

class B:
    __class__ = property(lambda self: A)

class C:
    __class__ = Sub

class D:
    @property
    def __class__(self):
        raise AttributeError("no class")

class E:
    @property
    def __class__(self):
        return 42

b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, (int, A)), isinstance(b, int))
print(b.__class__, type(b))
c = C()
print(isinstance(c, A), isinstance(c, Sub), isinstance(c, C), c.__class__)
print(isinstance(D(), A), isinstance(D(), D))
print(isinstance(E(), int), isinstance(E(), E))
print(isinstance(3, int), isinstance(A(), B))
class F:
    @property
    def __class__(self):
        raise ValueError("boom")
try:
    isinstance(F(), A)
except ValueError as e:
    print("ValueError", e)
print(isinstance(F(), F))
isinstance(b, 5)
