# for loops over range(...): edges of the small-int range, negative and huge steps, empty
# ranges, a shadowed range, __index__ arguments, generators, and the errors range raises.
import sys
for i in range(5): print(i, end=' ')
print()
for i in range(2, 10, 3): print(i, end=' ')
print()
for i in range(10, -3, -4): print(i, end=' ')
print()
for i in range(0): print("never")
for i in range(5, 1): print("never")
for i in range(-5, -1): print(i, end=' ')
print()
for i in range(2**62 - 3, 2**62 + 2): print(i, end=' ')
print()
for i in range(-2**62 - 1, -2**62 + 2): print(i, end=' ')
print()
for i in range(2**62 - 2, -2**62, -2**61): print(i, end=' ')
print()
for i in range(-2**62, 2**62 - 1, 2**62 - 1): print(i, end=' ')
print()
for i in range(True, 4): print(i, end=' ')
print()
class I:
    def __index__(self): return 3
for i in range(I()): print(i, end=' ')
print()
def range(*a): return ["shadowed", a]
for i in range(1, 2): print(i)
del range
n = 0
for i in range(3):
    for j in range(i, 3):
        n += i * j
print(n)
for i in range(3):
    i = 10
    print(i)
else:
    print("else", i)
def gen():
    for i in range(3):
        yield i * i
print(list(gen()))
try:
    for i in range(1, 5, 0): pass
except ValueError as e: print(e)
try:
    for i in range(1.5): pass
except TypeError as e: print(e)
try:
    for i in range("a", 3): pass
except TypeError as e: print(e)
print(sum(1 for _ in range(100)))
for i in range(sys.maxsize - 1, sys.maxsize + 1): print(i)
