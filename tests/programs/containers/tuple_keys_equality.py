# Tuples as dict and set keys, and tuple equality: flat tuples of ints, strs and floats,
# NaN items (identical or not), nested tuples, and items whose __eq__ runs Python code.
nan = float("nan")
d = {}
for i in range(50):
    for j in range(20):
        d[(i, j)] = i * j
        d[(str(i), j)] = -i
print(len(d), d[(7, 3)], d[("7", 3)], (7, 3) in d, (7, 3.0) in d, (7.5, 3) in d)
print((1, 2) == (1, 2), (1, 2) == (1, 3), (1, 2) == (1, 2, 3), (1, "a") == (1, "a"))
print((nan,) == (nan,), (nan,) == (float("nan"),), (1, nan) != (1, nan))
print((1, (2, 3)) == (1, (2, 3)), (1, (2, 3)) == (1, (2, 4)), ((1,),) in {((1,),): 1})
print((1, 2.0) == (1, 2), (True, 0) == (1, False), ({1: 2},) == ({1: 2},), ([1],) == ([1],))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b = Loud(1), Loud(1)
print((0, a) == (0, b), (1, a) == (0, b))
keys = {(0, a): "x"}
print(keys[(0, b)])
nested = ()
for _ in range(100):
    nested = (nested,)
other = ()
for _ in range(100):
    other = (other,)
print(nested == other)
deep = ()
for _ in range(5000):
    deep = (deep,)
deep2 = ()
for _ in range(5000):
    deep2 = (deep2,)
try:
    print(deep == deep2)
except RecursionError as e:
    print("RecursionError", e)
