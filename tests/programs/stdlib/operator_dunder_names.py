# operator exports most functions under a dunder name too (the same object), and has
# indexOf and call.
import operator
from operator import __lt__, __not__, __getitem__

print(operator.__lt__ is operator.lt, operator.__and__ is operator.and_)
print(__lt__(1, 2), __not__(0), __getitem__("abc", 1))
print(operator.__add__.__name__, operator.__inv__(5), operator.__concat__([1], [2]))
for name in ("__add__", "__sub__", "__matmul__", "__contains__", "__ixor__", "__abs__"):
    print(name, hasattr(operator, name))
for name in ("__countOf__", "__is___", "__truth__", "__is_not__"):
    print(name, hasattr(operator, name))

table = [operator.__eq__, operator.__ne__, operator.__le__, operator.__gt__, operator.__ge__]
print([op(3, 4) for op in table])
items = [5, 6]
operator.__setitem__(items, 0, 9)
operator.__delitem__(items, 1)
print(items, operator.__index__(7), operator.__neg__(2), operator.__pos__(-2))

print(operator.indexOf([4, 5, 6, 5], 5), operator.indexOf("abc", "c"))
print(operator.call(max, 3, 9, 2), operator.__call__(sorted, [3, 1], reverse=True))


def infinite():
    n = 0
    while True:
        yield n
        n += 1


print(operator.indexOf(infinite(), 12))
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
operator.call()
