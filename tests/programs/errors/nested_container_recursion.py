# Comparing and printing very deeply nested containers raises CPython's RecursionError
# (with its context) instead of crashing; shallower nesting works.
x = []
for i in range(1000):
    x = [x]
y = []
for i in range(1000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError:", e)
try:
    print(len(str(x)))
except RecursionError as e:
    print("RecursionError:", e)
a = []
for i in range(100):
    a = [a]
b = []
for i in range(100):
    b = [b]
print(a == b, len(repr(a)))
d = {}
for i in range(2000):
    d = {"k": d}
try:
    print(d == d.copy())
except RecursionError as e:
    print("RecursionError:", e)
t = ()
for i in range(5000):
    t = (t,)
try:
    print(repr(t)[:10])
except RecursionError as e:
    print("RecursionError:", e)
print(x == x, [x] == [x])
