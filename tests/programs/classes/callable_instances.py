# Calling instances goes through type(obj).__call__, however it is defined.


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, y=0):
        return x + y + self.n


class Child(Adder):
    pass


class Static:
    @staticmethod
    def __call__(x):
        return ("static", x)


class Classy:
    @classmethod
    def __call__(cls, x):
        return (cls.__name__, x)


class Many:
    def __call__(self, a, b, c, d, e, f, g, h, i, j):
        return a + b + c + d + e + f + g + h + i + j


class Plain:
    pass


add = Adder(10)
print(add(1), add(1, 2), add(x=3), Child(100)(5))
print(Static()(4), Classy()(5), Many()(*range(10)), Many()(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))

# Set on the instance: ignored, the type's __call__ counts.
add.__call__ = lambda x: "instance attribute"
print(add(1))

# Replaced on the class: every call site sees the new one.
def doubled(self, x):
    return 2 * x

results = []
for round_number in range(3):
    results.append(add(round_number))
    if round_number == 1:
        Adder.__call__ = doubled
print(results, Child(1)(21))

# Wrong arguments give CPython's messages.
for args in [(), (1, 2, 3)]:
    try:
        Child(0)(*args)
    except TypeError as error:
        print("TypeError:", error)
try:
    Plain()(1)
except TypeError as error:
    print("TypeError:", error)

del Adder.__call__
try:
    add(1)
except TypeError as error:
    print("TypeError:", error)

# A lambda as __call__, and a callable stored in a list of callbacks.
class Lambda:
    __call__ = lambda self, x: x * 3

callbacks = [Lambda(), Classy(), abs, lambda v: -v]
print([c(-7) for c in callbacks])
