# An assignment expression in a comprehension cannot bind in a class body.
class C:
    values = [last := v for v in range(3)]
