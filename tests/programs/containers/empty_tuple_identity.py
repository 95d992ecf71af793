# There is one empty tuple, however it is made, as in CPython.
a = ()
b = tuple([])
c = (1, 2)[2:]
d = tuple(x for x in "")
empty = ()
print(a is b, a is c, b is c, c is d, len(a), hash(a) == hash(()), a == b, tuple() is a)
x = [()] * 3
joined = empty + empty
print(x, x[0] is x[2], joined, joined is a, (1,)[1:] is empty, [(), (1,)][0] is b)
nested = ((), ((),))
print(nested, nested[1][0] is nested[0], repr(()), str(()), sorted([(), (0,), ()]))
