# Measures: a shape hierarchy walked by visitors: super().__init__ chains, super().method()
# calls, properties, and call sites that see four classes (double dispatch).

import sys


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def accept(self, visitor):
        raise NotImplementedError

    def describe(self):
        return self.name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    @property
    def area(self):
        return 3.14159 * self.r * self.r

    def accept(self, visitor):
        return visitor.visit_circle(self)

    def describe(self):
        return super().describe() + "(" + str(self.r) + ")"


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    def accept(self, visitor):
        return visitor.visit_rect(self)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")

    def accept(self, visitor):
        return visitor.visit_square(self)

    def describe(self):
        return "sq:" + super().describe()


class Group(Shape):
    def __init__(self, children):
        super().__init__("group")
        self.children = children

    @property
    def area(self):
        total = 0
        for c in self.children:
            total += c.area
        return total

    def accept(self, visitor):
        return visitor.visit_group(self)


class Visitor:
    def visit_circle(self, c):
        return self.leaf(c)

    def visit_rect(self, r):
        return self.leaf(r)

    def visit_square(self, s):
        return self.visit_rect(s)

    def visit_group(self, g):
        result = 0
        for c in g.children:
            result += c.accept(self)
        return result

    def leaf(self, shape):
        return 0


class AreaVisitor(Visitor):
    def leaf(self, shape):
        return shape.area


class CountVisitor(Visitor):
    def __init__(self):
        self.seen = 0

    def leaf(self, shape):
        self.seen += 1
        return 1

    def visit_square(self, s):
        return 2 * super().visit_square(s)


class PerimeterVisitor(Visitor):
    def visit_circle(self, c):
        return 2 * 3.14159 * c.r

    def visit_rect(self, r):
        return 2 * (r.w + r.h)


def build(depth, seed):
    if depth == 0:
        k = seed % 3
        if k == 0:
            return Circle(seed % 7 + 1)
        if k == 1:
            return Rect(seed % 5 + 1, seed % 3 + 1)
        return Square(seed % 4 + 1)
    return Group([build(depth - 1, seed * 3 + i) for i in range(3)])


def main(rounds):
    visitors = [AreaVisitor(), CountVisitor(), PerimeterVisitor()]
    totals = [0, 0, 0]
    names = 0
    for r in range(rounds):
        tree = build(5, r)
        for i, v in enumerate(visitors):
            totals[i] += tree.accept(v)
        for c in tree.children:
            for d in c.children:
                names += len(d.describe())
    print(round(totals[0], 3), totals[1], round(totals[2], 3), names, Shape.count)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
