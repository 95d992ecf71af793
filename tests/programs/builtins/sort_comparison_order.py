# Sorting where < is no total order (NaN, mixed types, user __lt__): CPython's comparisons in
# CPython's order for short lists, the same error, and the partial order left on error.
nan = float("nan")
print(sorted([1.0, 0.0, nan, 0.0]))
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5]), sorted([3.0, nan, 1.0, 2.0, nan, 0.5], reverse=True))
try:
    sorted([3.5, 1, "s"])
except TypeError as e:
    print(e)
l = [3, 1, 2, None]
try:
    l.sort()
except TypeError:
    pass
print(l)
l = [3, 1, 2, None, 0]
try:
    l.sort(reverse=True)
except TypeError:
    pass
print(l)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self): return f"V({self.v})"
print(sorted([V(3), V(1), V(2), V(5), V(4)]))
print(sorted([V(3), V(1), V(2)], reverse=True))
print(sorted([V(1), V(2), V(3), V(0)]))
print(sorted([V(5), V(4), V(3), V(6)]))
def bad_key(x):
    if x == 2: raise ValueError("key")
    return x
l = [3, 2, 1]
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(e, l)
print(sorted([(1, "b"), (1, None), (0, 2)], key=lambda t: t[0]))
try:
    sorted([(1, "b"), (1, None)])
except TypeError as e:
    print(e)
print(sorted([1, 2.5, True, 0.5, 2]))
