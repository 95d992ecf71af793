# next() of list and tuple iterators (adversarial): mutation during iteration, exhausted
# iterators, one iterator shared by nested loops.
L = [1, 2, 3]
it = iter(L)
print(next(it))
L.append(4)
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("SI", repr(e), e.value)
L.append(5)
try:
    print(next(it))
except StopIteration:
    print("still exhausted")
print(next(it, "dflt"), next(iter([]), None))
L2 = [1, 2, 3, 4]
it2 = iter(L2)
next(it2)
L2.pop(0)
L2.pop(0)
print(next(it2, "end"), next(it2, "end"))
L3 = [1, 2, 3]
it3 = iter(L3)
next(it3); next(it3)
L3.clear()
print(next(it3, "cleared"))
L3.extend([7, 8, 9])
print(next(it3, "cleared2"))
T = (10, 20, 30)
ti = iter(T)
print(next(ti), list(ti), next(ti, "x"))
L4 = list(range(10))
it4 = iter(L4)
for a in it4:
    b = next(it4, None)
    print(a, b, end="; ")
print()
it5 = iter(list(range(7)))
for a in it5:
    for b in it5:
        if b > a + 1:
            break
        print(a, b, end=" ")
print()
L6 = [0, 1, 2]
it6 = iter(L6)
out = []
for x in it6:
    out.append(x)
    if x < 5:
        L6.append(x + 3)
print(out)
L7 = [1, 2, 3]
it7 = iter(L7)
L7[1] = "changed"
print(next(it7), next(it7))
del L7[:]
print(next(it7, "gone"))
L7.append(1); L7.append(2); L7.append(3)
print(next(it7, "gone2"))
r = reversed([1, 2, 3])
print(next(r), next(r))
g = (x for x in [1])
print(next(g), next(g, "g"))
try:
    next([1, 2])
except TypeError as e:
    print("TE", e)
try:
    next(5)
except TypeError as e:
    print("TE", e)
s = iter("héllo")
print(next(s), next(s), next(s))
d = iter({"a": 1, "b": 2})
print(next(d), next(d))
def f():
    it = iter([1, 2])
    return next(it) + next(it) + next(it, 100)
print(f())
big = [[i] for i in range(1000)]
it = iter(big)
tot = 0
while True:
    v = next(it, None)
    if v is None:
        break
    tot += v[0]
    if len(big) < 1500:
        big.append([1])
print(tot, len(big))
it = iter([1, 2, 3])
try:
    while True:
        print(next(it))
except StopIteration:
    print("done")
