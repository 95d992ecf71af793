# Lengths, items and iteration of ranges with every sign of step, empty and huge spans.
import sys
cases = [(0, 10, 1), (10, 0, -1), (0, 10, 3), (10, 0, -3), (5, 5, 1), (5, 5, -1), (2**62, -2**62, -7), (0, 2**63, 2**40), (-5, 5, 2), (5, -5, -2), (0, 1, 10**9), (3, 1, 1), (1, 3, -1)]
for a, b, c in cases:
    r = range(a, b, c)
    print(len(r), list(r)[:3] if len(r) < 10**6 else r[:3], r[-1] if len(r) else None)
try:
    range(0, 1, 0)
except ValueError as e:
    print(e)
print(sum(range(10**6)), len(range(-sys.maxsize, sys.maxsize, 3)))
try:
    len(range(-2**62, 2**62, 1))
except OverflowError as e:
    print("OverflowError:", e)
total = 0
for i in range(3):
    for j in range(i + 1, 5):
        total += i * j
for k in range(True, 4, True):
    total += k
print(total)
print(range(10)[1:8:2], range(0, 20, 3)[5:1:-2], range(10)[::3])
print(r[:2], r[1:], r[::-1], r[::2], range(0, 10)[2:5], range(5)[-2:])
print(range(2**62, -2**62, -7)[:3])
