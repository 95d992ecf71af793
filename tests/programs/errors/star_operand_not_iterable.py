# A `*` operand that cannot be iterated: CPython names the callee when the call's only
# positional argument is starred, and says "Value after *" when it builds a list first.
class Plain:
    pass


class BadIter:
    def __iter__(self):
        raise TypeError("__iter__ itself failed")


def g(*a, **k):
    return a


class Box:
    def method(self, *a):
        return a

    @staticmethod
    def static(*a):
        return a


def nested():
    def inner(*a):
        return a

    return inner


thunks = [
    lambda v: g(*v),
    lambda v: g(*v, key=1),
    lambda v: g(*v, **{}),
    lambda v: g(1, *v),
    lambda v: g(*[1], *v),
    lambda v: [*v],
    lambda v: [1, *v],
    lambda v: (*v,),
    lambda v: print(*v),
    lambda v: Box().method(*v),
    lambda v: Box.static(*v),
    lambda v: nested()(*v),
    lambda v: max(*v),
    lambda v: (lambda *a: a)(*v),
]
for value in (Plain(), 5, None, 2.5, BadIter()):
    for thunk in thunks:
        try:
            thunk(value)
        except TypeError as e:
            print(e)
for value in ((1, 2), [3], "ab", {4: 5}, range(2), (x for x in "xy")):
    print(g(*value), [*value] if not hasattr(value, "send") else "generator")
