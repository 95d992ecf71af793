# recursive reprs through tuples, and non-str results of __repr__/__str__
t = ([],)
t[0].append(t)
print(t, t[0])
d = {}
d[1] = (d, [d])
print(d)
u = ([1], {2: ([],)})
u[1][2][0].append(u)
print(u)
print(((1, 2), (3,), ()), [(), ((),)])
class A:
    def __repr__(self):
        return 1
class B:
    def __str__(self):
        return 2
def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
show(lambda: str(A()))
show(lambda: repr(A()))
show(lambda: f"{A()}")
show(lambda: format(A()))
show(lambda: str([A()]))
show(lambda: "%s" % A())
show(lambda: "{}".format(A()))
show(lambda: str(B()))
show(lambda: A().__str__())
print(A())
