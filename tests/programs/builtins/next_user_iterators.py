# next() on user iterators: the StopIteration __next__ raises keeps its args; defaults; errors.
class It:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("bye", self.n)
        return self.n


it = It()
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(It(), "default"), next(iter([]), "empty"))
it2 = It()
print(list(it2), next(it2, "done"))
class NotIter:
    pass
try:
    next(NotIter())
except TypeError as e:
    print(e)
class Raises:
    def __next__(self):
        raise ValueError("inner")
try:
    next(Raises())
except ValueError as e:
    print("ValueError", e)
print(next(Raises.__new__(Raises), None) if False else "skip")
g = (x for x in [1])
print(next(g), next(g, "gen done"))
