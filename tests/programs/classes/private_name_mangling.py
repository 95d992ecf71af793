# Private name mangling: __x attributes and class-body names inside class A mean _A__x (in
# methods, nested functions and subclasses), while dunders, strs and leading-underscore-only
# class names are left alone.
class A:
    __secret = 42
    __dunder__ = "kept"

    def __init__(self):
        self.__x = 1
        self._y = 2
        self.__z__ = 3

    def __hidden(self):
        return "hidden A"

    def reveal(self):
        return self.__x, self.__secret, self.__hidden(), A.__secret


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 10

    def mine(self):
        return self.__x


b = B()
print(sorted(vars(b).items()))
print(b.reveal(), b.mine(), b._A__x, b._B__x, A._A__secret, A.__dunder__)
print(hasattr(A, "__secret"), hasattr(A, "_A__secret"), "_A__hidden" in vars(A))
try:
    b.__x
except AttributeError as e:
    print("AttributeError", e)


class _Private:
    def __init__(self):
        self.__v = 5

    def get(self):
        def inner():
            return self.__v
        return inner()


print(vars(_Private()), _Private().get())


class ___:
    def __init__(self):
        self.__w = 1


print(vars(___()))


class Outer:
    class Inner:
        def __init__(self):
            self.__q = 1

    def __init__(self):
        self.__q = 2
        self.inner = Outer.Inner()


o = Outer()
print(sorted(vars(o)), vars(o.inner))
obj = A()
setattr(obj, "__manual", 7)
print(getattr(obj, "__manual"), sorted(k for k in vars(obj)))
del obj._A__x
print(sorted(vars(obj)))


class C:
    def __init__(self):
        self.__a = 1

    def drop(self):
        del self.__a
        return vars(self)


print(C().drop())
