# exceptions holding references, implicit context chains, del and re-create of names
class Err(Exception):
    def __init__(self, payload):
        super().__init__("err")
        self.payload = payload
errs = []
for i in range(300):
    try:
        try:
            raise KeyError([i] * 3)
        except KeyError:
            raise Err({"i": i, "l": [str(i)] * 4})
    except Err as e:
        errs.append(e)
junk = [[k] for k in range(1000)]
print(len(errs), errs[17].payload, repr(errs[17].__context__), errs[17].__suppress_context__)
print(sum(e.payload["i"] for e in errs), errs[299].__context__.args[0])
try:
    e
except NameError as ne:
    print("NameError", ne)
def f():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as u:
    print("UnboundLocalError", u)
def g():
    try:
        1 / 0
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(5):
        try:
            if i == 3:
                raise IndexError(i)
        finally:
            if i == 3:
                break
    return i
print(h())
def nested(n):
    try:
        raise TypeError("t%d" % n)
    except TypeError as e:
        if n:
            try:
                nested(n - 1)
            except TypeError as inner:
                return (str(e), str(inner), str(inner.__context__))
        raise
print(nested(5))
x = [1, 2, 3]
y = x
del x
x = "new"
print(y, x)
for i in range(100):
    val = [i] * 10
    del val
try:
    print(val)
except NameError as ne:
    print("NameError", ne)
lst = list(range(30))
del lst[::3]
del lst[2:5]
print(lst)
dct = {i: [i] for i in range(20)}
for i in range(0, 20, 2):
    del dct[i]
print(dct)
class C:
    pass
c = C()
c.a = [1]
del c.a
c.a = [2]
print(c.a)
def local_del():
    z = 5
    del z
    try:
        return z
    except UnboundLocalError as u:
        return str(u)
print(local_del())
stored = None
def keep():
    global stored
    try:
        {}["missing" + "key"]
    except KeyError as e:
        stored = e
keep()
junk = [[k] for k in range(1000)]
print(repr(stored), stored.args)
e1 = ValueError("a", [1, 2], {"k": (3,)})
print(e1.args, str(e1))
try:
    raise RuntimeError("outer") from None
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__)
