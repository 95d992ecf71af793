# Checks augmented assignment evaluating targets once, tuple-assignment order, chained assignment and operand evaluation order.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
class A:
    def __init__(self):
        self.calls = 0
    def __getitem__(self, k):
        self.calls += 1
        return 10
    def __setitem__(self, k, v):
        print("set", k, v)
a = A()
def key():
    print("key eval")
    return "k"
a[key()] += 5
print(a.calls)
class Obj:
    pass
def getobj():
    print("getobj")
    return o
o = Obj(); o.v = 1
getobj().v += 1
print(o.v)
l = [1, 2, 3]
i = 0
l[i], i = 5, 2
print(l, i)
i = 0
i, l[i] = 2, 9
print(l, i)
x = y = []
x.append(1); print(y)
a, b = b, a = 1, 2
print(a, b)
d = {}
d["a"] = d["b"] = 5
print(d)
l = [0, 1, 2, 3, 4]
l[1:3], l[0] = [7, 8, 9], "z"
print(l)
def order(n):
    print("eval", n)
    return n
r = {order(1): order(2), order(3): order(4)}
print(order(1) + order(2) * order(3))
print([order(i) for i in range(2)], order("a") < order("b") < order("c"))
print(order(0) and order(1), order(0) or order(2), order(None) or order(0) or order(""))
f = lambda *a, **k: (a, k)
print(f(order(1), x=order(2), *[order(3)], **{"y": order(4)}))
