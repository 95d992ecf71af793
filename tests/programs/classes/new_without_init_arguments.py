# A class overriding __new__ but not __init__ accepts arguments at the call
# (object.__init__ ignores them); without either override it refuses them.
class WithNew:
    def __new__(cls, n, *, tag="t"):
        self = super().__new__(cls)
        self.n = n
        self.tag = tag
        return self


w = WithNew(3, tag="x")
print(w.n, w.tag)


class Derived(WithNew):
    pass


print(Derived(4).n)


class Plain:
    pass


for call in [lambda: Plain(1), lambda: Plain(k=2)]:
    try:
        call()
    except TypeError as e:
        print(e)

Plain(5)
