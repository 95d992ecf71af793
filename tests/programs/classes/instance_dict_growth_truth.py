# Instance dict growth/deletion/replacement at cached sites; __bool__/__len__ truth protocol in branches
class O: pass
def rd(o, i):
    if i == 0: return o.a0
    return o.a9
objs = []
for n in range(12):
    o = O()
    for j in range(n):
        setattr(o, "a%d" % j, j * n)
    objs.append(o)
res = []
for o in objs:
    try:
        res.append((rd(o, 0), rd(o, 1)))
    except AttributeError as e:
        res.append(str(e))
print(res)
o = objs[-1]
for j in range(0, 12, 2):
    delattr(o, "a%d" % j)
try:
    print(rd(o, 0))
except AttributeError as e:
    print("AttributeError:", e)
print(rd(o, 1), sorted(o.__dict__))
o.a0 = "back"
print(rd(o, 0), list(o.__dict__)[-1])
o.__dict__.update({"a0": "new dict", "a9": 9})
print(rd(o, 0), rd(o, 1))
class T:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class Ln:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for v in [True, False, 1, 0, None, "yes"]:
    try:
        if T(v): print("true", v)
        else: print("false", v)
    except TypeError as e:
        print("TypeError:", e)
for n in [0, 3, -1, 2 ** 70, True]:
    try:
        r = "t" if Ln(n) else "f"
        print(n, r, not Ln(n))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
i = 0
while T(i < 3):
    i += 1
print(i)
try:
    while T(1): pass
except TypeError as e:
    print("TypeError:", e)
print(T(True) and "and-right", T(False) or "or-right", [T(False)] and 1)
try:
    print(T(2) and 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(not T(2))
except TypeError as e:
    print("TypeError:", e)
x = [T(True), T(False)]
print([bool(t) for t in x], any(x), all(x), sum(1 for t in x if t))
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
L = list(range(10))
for v in [3, -2, -11, 10, "s"]:
    try:
        print(L[Ix(v)])
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(L[Ix(1):Ix(8):Ix(3)], "abcdef"[Ix(2)], (1, 2, 3)[Ix(-1)], [0] * Ix(3), range(10)[Ix(4)])
