# Checks recursive list/dict repr, dict order after delete, comparison TypeErrors, extended slices, set and dict methods.
l = [1, 2]
l.append(l)
print(l, repr(l), str([l]))
d = {"a": 1}
d["self"] = d
print(d)
class R:
    def __repr__(self):
        return "R(" + repr(self.other) + ")"
r = R(); r.other = [r] if False else 1
print(r)
d = {1: "a", 2: "b", 3: "c"}
del d[2]; d[2] = "B"
print(d, list(d.keys()), {1: 1, 2: 2} == {2: 2, 1: 1})
d = {}
for k in [3, 1, 2, 1, 3]:
    d[k] = d.get(k, 0) + 1
print(d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([3, 1, 2], key=lambda x: 0), sorted(["b", "A", "a", "B"]), sorted([[1, "a"], [1, "b"], [0, "z"]]))
for bad in [lambda: sorted([1, "a"]), lambda: sorted([(1, 2), (1, "x")]), lambda: max([1, None]), lambda: [3] < ["a"], lambda: {1} < [1], lambda: (1,) < [1], lambda: None < None, lambda: sorted([{}, {}]), lambda: min("", [1])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print([1, 2] == (1, 2), [1] != [1.0], (1, [2]) == (1, [2]), {1: [1]} == {1: [1]}, {1, 2} == {2, 1}, set() == {}.keys() if False else "")
nested = [[3, [2, 1]], [1, [9]], [3, [1, 5]]]
print(sorted(nested), max(nested), min(nested, key=lambda x: x[1][-1]))
a = [1, 2, 3, 4, 5, 6]
print(a[1:5:2], a[-1:0:-2], a[5:0:-1], a[::3], a[-100:-3], a[4:100], a[3:1], a[::-1][::2])
a[1:3] = []; print(a); a[:0] = [0, 0]; print(a); a[len(a):] = [7]; print(a)
del a[::2]; print(a); del a[:]; print(a)
b = [0] * 5
b[1::2] = [8, 9]; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(e)
s = {1, 2, 3}
print(s.union([4], (5,)), s.intersection({2, 3, 9}), s.difference([1]), s.symmetric_difference({3, 4}), s.issubset(range(5)), s.issuperset([1]), s.isdisjoint({9}))
s2 = s.copy(); s2 |= {10}; s2 &= {1, 10}; s2 -= {1}; print(s2, s)
s3 = {1, 2}; s3.update([3], {4}); s3.intersection_update([1, 2, 3]); s3.difference_update({1}); print(s3)
try:
    set().remove(1)
except KeyError as e:
    print("KeyError", e)
fs = frozenset([1, 2]) if False else None
print(list(dict(a=1, b=2).items()), dict({"x": 1}, y=2), dict([("k", "v")], k="w"))
d = dict.fromkeys([1, 2])
print(d, d.setdefault(1, 5), d.setdefault(3, 5), d, d.pop(9, "dflt"))
try:
    d.pop(9)
except KeyError as e:
    print("KeyError", e)
cp = d.copy(); cp[1] = "changed"; print(d[1], cp[1])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(r) for r in zip(*[[1, 2], [3, 4]])])
m = [[0] * 3] * 2; m[0][0] = 1; print(m)
print(sum([[1], [2, 3]], []), [x for row in [[1, 2], [3]] for x in row], [[y * 2 for y in row] for row in [[1], [2, 3]]])
