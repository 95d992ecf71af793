"""Reads of class attributes at one site while the class's namespace changes: values
replaced, deleted, shadowed by a subclass, inherited, and instances stored as constants
whose class gains `__get__`."""


class Direction:
    NONE = 0
    FORWARD = 1
    BACKWARD = -1


class Sub(Direction):
    pass


def forward(cls):
    return cls.FORWARD


def read_all(cls):
    out = []
    for _ in range(3):
        try:
            out.append(forward(cls))
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


print(read_all(Direction), read_all(Sub))
Direction.FORWARD = "changed"
print(read_all(Direction), read_all(Sub))
Sub.FORWARD = "own"
print(read_all(Direction), read_all(Sub))
del Sub.FORWARD
print(read_all(Sub))
del Direction.FORWARD
print(read_all(Direction), read_all(Sub))
Direction.FORWARD = 2
print(read_all(Direction), read_all(Sub))


class Strength:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Strength(%d)" % self.n


Strength.REQUIRED = Strength(0)


def required():
    return Strength.REQUIRED


print([required() for _ in range(3)])
Strength.__get__ = lambda self, obj, owner: "bound by __get__"
print([required() for _ in range(2)])
del Strength.__get__
print([required() for _ in range(2)])
Strength.REQUIRED = Strength(9)
print(required(), required())


def helper():
    return "helper"


Direction.helper = helper
Direction.lam = lambda: "lambda"


def call_helpers():
    return Direction.helper(), Direction.lam(), Sub.helper()


print(call_helpers(), call_helpers())
Direction.helper = staticmethod(lambda: "static now")
print(call_helpers())
Direction.helper = classmethod(lambda cls: "class " + cls.__name__)
print(call_helpers())
