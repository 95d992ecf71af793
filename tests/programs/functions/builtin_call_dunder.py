# __call__ of builtin functions and bound methods calls them, as calling them does.
print.__call__("printed", "through", "__call__", sep="-")
print(len.__call__([1, 2, 3]), sorted.__call__([3, 1, 2], reverse=True))
items = []
items.append.__call__(4)
print(items, "abc".upper.__call__())


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1):
        self.n += by
        return self.n


c = Counter()
bump = c.bump
print(bump.__call__(), bump.__call__(by=5), callable(bump.__call__))
try:
    len.__call__()
except TypeError as e:
    print("TypeError:", e)
