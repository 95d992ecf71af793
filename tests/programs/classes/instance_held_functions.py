# Functions held in instance attributes and called like methods: replaced by lambdas,
# callables and builtins, deleted so the class attribute shows through.
class Holder:
    def __init__(self, f):
        self.f = f

    def f_default(self, x):
        return ("method", x)

    def call(self, x):
        return self.f(x)


class Callable:
    def __call__(self, x):
        return ("callable", x)


def double(x):
    return x * 2


h = Holder(double)
out = []
for i in range(3):
    out.append(h.call(i))
h.f = lambda x: x - 1
out.append(h.call(10))
h.f = Callable()
out.append(h.call(5))
h.f = len
out.append(h.call("abc"))
del h.f
try:
    h.call(1)
except AttributeError as e:
    out.append(str(e))
Holder.f = Holder.f_default
out.append(h.call(7))
h.f = double
out.append(h.call(8))
print(out)
