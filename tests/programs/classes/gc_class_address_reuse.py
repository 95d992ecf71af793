# Classes freed by a collection while attribute sites still hold entries for them: a new
# class may be allocated at a freed one's address, and must not take its entries.
import gc


def use(o):
    return o.value, o.method(), o.shared()


results = []
for i in range(60):
    ns = {
        "method": (lambda i: lambda self: ("method", i))(i),
        "shared": (lambda i: lambda self: i * 2)(i),
    }
    if i % 3 == 0:
        ns["value"] = property((lambda i: lambda self: ("prop", i))(i))
    cls = type("T%d" % i, (object,), ns)
    o = cls()
    if i % 3 != 0:
        o.value = i
    if i % 5 == 0:
        o.method = lambda: "own"
    results.append(use(o))
    results.append(use(o))
    del cls, o, ns
    gc.collect()

for r in results[::2]:
    print(r)


# Classes with a super() chain made and freed in a loop.
def make(i):
    class Base:
        def f(self):
            return i

    class Sub(Base):
        def f(self):
            return super().f() + 100

    return Sub()


print([make(i).f() for i in range(20) if gc.collect() >= 0])
