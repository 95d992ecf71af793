# Classes deriving from classmethod and staticmethod: binding through their base value, their own
# attributes and __init__, and the error of one whose __init__ never reached the builtin's.
class tagged_classmethod(classmethod):
    def __init__(self, func):
        super().__init__(func)
        self.tag = "tagged"
class abstract_static(staticmethod):
    __isabstractmethod__ = True
class A:
    @tagged_classmethod
    def make(cls, x):
        return (cls.__name__, x)
    @abstract_static
    def helper(y):
        return y * 2
class B(A):
    pass
print(A.make(1), B.make(2), B().make(3), A.helper(4), A().helper(5))
d = A.__dict__["make"]
print(type(d).__name__, isinstance(d, classmethod), d.tag, d.__func__.__name__)
print(A.__dict__["helper"].__isabstractmethod__, isinstance(A.__dict__["helper"], staticmethod))
try:
    tagged_classmethod()
except TypeError as e:
    print("TypeError:", e)

class lazy(classmethod):
    def __init__(self, f):
        self.f = f
class A:
    @lazy
    def m(cls): return 1
try:
    A.m()
except RuntimeError as e:
    print("RuntimeError:", e)
class s(staticmethod):
    def __init__(self, f):
        pass
class B:
    @s
    def h(): return 2
try:
    B.h()
except RuntimeError as e:
    print("RuntimeError:", e)

lazy(len).__get__(None, A)()
