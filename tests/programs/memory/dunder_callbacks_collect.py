# Dunder methods and property getters called by operators, subscripts and attribute reads
# of compiled code may collect while they run: results as CPython's, under stress too.
class A:
    @property
    def p(self):
        t = 0
        for i in range(2000):
            t += len([i] * 100)
        return t

    def __add__(self, other):
        t = 0
        for i in range(2000):
            t += len([i] * 100)
        return t + other

    def __getitem__(self, k):
        t = 0
        for i in range(2000):
            t += len([i] * 100)
        return t + k


a = A()
print(a.p, a + 1, a[2])
x = a
x += 5
print(x)
