"""Shapes and a counter shared by every importer."""

print("shapes: body runs once, as", __name__)

PI = 3.14159
count = 0


def area(r):
    global count
    count += 1
    return PI * r * r


class Circle:
    """A circle."""

    def __init__(self, r):
        self.r = r

    def area(self):
        return area(self.r)


class Plain:
    pass


def make_adder(n):
    return lambda x: x + n


if __name__ == "__main__":
    print("never printed: shapes is imported")
