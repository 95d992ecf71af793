# __len__ results taken through __index__, and the TypeErrors of __index__ returning a non-int.
class IX:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class A:
    def __init__(self, length):
        self.length = length

    def __len__(self):
        return self.length


print(len(A(4)), len(A(IX(3))), len(A(True)), bool(A(IX(0))))
for bad in ("x", 2.5, IX("y"), IX(-1), -1):
    try:
        print(len(A(bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Bad:
    def __index__(self):
        return "x"


for make in (lambda: range(Bad()), lambda: range(IX(3)), lambda: [1, 2, 3][IX(1)], lambda: range(1, IX(4), IX(2))):
    try:
        print(list(make()) if not isinstance(make(), int) else make())
    except TypeError as e:
        print("TypeError", e)
