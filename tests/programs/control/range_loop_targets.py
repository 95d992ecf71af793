# for loops over range (adversarial): unusual loop targets, closures over the loop variable,
# try/finally in the body.
class O: pass
o = O()
for o.x in range(3):
    pass
print(o.x)
L = [0, 0]
for L[1] in range(5, 8):
    pass
print(L)
d = {}
for d["k"] in range(2):
    print(d)
try:
    for (a,) in range(3):
        pass
except TypeError as e:
    print("TE", e)
try:
    for a, b in range(3):
        pass
except TypeError as e:
    print("TE", e)
def f():
    global G
    for G in range(4):
        pass
f()
print(G)
def clos():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [g() for g in fs]
print(clos())
def clos2():
    fs = []
    for i in range(3):
        def g(i=i): return i
        fs.append(g)
    return [g() for g in fs]
print(clos2())
def nl():
    i = -1
    def inner():
        nonlocal i
        for i in range(4):
            pass
    inner()
    return i
print(nl())
def star():
    for *a, b in [range(3)]:
        return a, b
print(star())
def gen_shared():
    r = range(3)
    it = iter(r)
    for x in it:
        yield x, next(it, None)
print(list(gen_shared()))
x = 10
for x in range(x, x + 3):
    print(x, end=" ")
print()
r = range(5)
for i in r:
    r = range(100)
print(i)
def early_ret():
    for i in range(10):
        try:
            if i == 3:
                return i
        finally:
            if i == 3:
                print("fin", i)
print(early_ret())
def with_exc():
    for i in range(5):
        try:
            if i == 2:
                raise ValueError(i)
        except ValueError as e:
            print("caught", e)
            continue
        finally:
            print("f", i)
with_exc()
print([i for i in range(3) if i for j in range(i)])
print(list(map(lambda i: i * 2, range(4))), list(zip(range(3), range(10, 13))), list(enumerate(range(2))))
print(sum(range(2**62, 2**62 + 4)), sum(range(2**63 - 2, 2**63 + 2)))
for i in range(-3, 3):
    if i == 0:
        continue
    print(i, end=",")
print()
m = 0
for i in range(10):
    for j in range(10):
        if (i * j) % 7 == 6:
            break
    else:
        continue
    m += i
print(m)
