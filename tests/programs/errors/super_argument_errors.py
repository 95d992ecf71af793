# super() checks its arguments as CPython's does: at most two, the first a type, the second
# an instance or subclass of it.
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


for args in [(filter, A()), (A, 5), (5, A()), (A, B(), 3), ("B",)]:
    try:
        super(*args)
    except TypeError as e:
        print(e)
print(super(B, B()).who(), super(B, B).who(B()))
