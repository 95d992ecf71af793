# Reading a slot that was never set is an uncaught AttributeError with 3.11's message.
class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


v = Vector(1)
print(v.x)
print(v.y)
