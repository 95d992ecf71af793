# Sorting (adversarial): a list modified by __lt__ during its sort.
L = []
class M:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        L.append(M(0))
        return self.v < o.v
    def __repr__(self): return "M%d" % self.v
L.extend([M(3), M(1), M(2)])
try:
    L.sort()
    print("sorted", L)
except ValueError as e:
    print("VE", e)
print(len(L))
L2 = [M(2), M(1)]
class N:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("len during sort", len(L3), L3)
        return self.v < o.v
    def __repr__(self): return "N%d" % self.v
L3 = [N(2), N(1)]
L3.sort()
print(L3)
