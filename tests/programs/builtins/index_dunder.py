# __index__ in subscripts, slices and sequence repetition
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class Bad:
    def __index__(self):
        return "x"
class Plain:
    pass
class RMul:
    def __index__(self):
        return 2
    def __rmul__(self, other):
        return "rmul"
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
L = [10, 20, 30, 40]
show(lambda: L[I(1)])
show(lambda: L[I(-1)])
show(lambda: L[I(9)])
show(lambda: (1, 2, 3)[I(2)])
show(lambda: "abc"[I(0)])
show(lambda: range(5, 10)[I(2)])
show(lambda: range(10**20)[I(3)])
show(lambda: L[I(1):I(3)])
show(lambda: "abcdef"[I(1)::I(2)])
show(lambda: (1, 2, 3)[:I(-1)])
show(lambda: [0] * I(3))
show(lambda: I(2) * "ab")
show(lambda: (1,) * I(2))
show(lambda: [0] * I(-1))
show(lambda: [0] * RMul())
show(lambda: [0] * Plain())
show(lambda: Plain() * "a")
show(lambda: L[Bad()])
show(lambda: L[Plain()])
show(lambda: "abc"[Plain()])
show(lambda: (1,)[Plain()])
show(lambda: L[Plain():])
show(lambda: L[10**20])
show(lambda: L[-10**20])
show(lambda: L[True])
x = [1, 2, 3]
x[I(0)] = 9
del x[I(1)]
print(x)
x *= I(2)
print(x)
x[I(0):I(2)] = "ab"
print(x)
