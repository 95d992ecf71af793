# while/if on comparisons with NaN, chained comparisons, mixed numeric types
import math
nan = float("nan")
vals = [nan, 0.0, -0.0, 1, True, 10 ** 20, 1e20, math.inf, -math.inf, 2 ** 63, -(2 ** 63) - 1, 0.5]
for a in vals:
    row = []
    for b in vals:
        s = 0
        if a < b: s |= 1
        if a <= b: s |= 2
        if a == b: s |= 4
        if a != b: s |= 8
        if a > b: s |= 16
        if a >= b: s |= 32
        if not a < b: s |= 64
        if not (a == b): s |= 128
        row.append(s)
    print(row)
i = 0
while nan != nan and i < 3:
    i += 1
print(i)
i = 0
while not nan < 5:
    i += 1
    if i > 4: break
print(i)
x = 5
print(1 < x < 10, 1 < x > 10, 5 == x == 5.0, x < 10 > 2 < 3, 0 < x <= 5 < 6.0 != nan)
def side(v):
    print("eval", v)
    return v
if side(1) < side(2) < side(0) < side(5): print("no")
else: print("short")
n = 0
while side(n) < 2 and not side(n) == 5:
    n += 1
print(n)
lst = [3, 1, 2]
while lst and lst[-1] < 3:
    lst.pop()
print(lst)
s = "abc"
if s < "abd" and s >= "ab" and not s > "b": print("str cmp")
if (1, 2) < (1, 2, 0) and [1, nan] != [1, nan]: print("seq cmp")
if [nan] == [nan]: print("nan same object eq")
n2 = float("nan")
if [nan] == [n2]: print("?")
else: print("different nan")
if None == 0 or None is None: print("none")
try:
    if None < 0: print("x")
except TypeError as e:
    print("TypeError:", e)
try:
    while [1] < (1,): pass
except TypeError as e:
    print("TypeError:", e)
try:
    if 1 < "a" < 2: pass
except TypeError as e:
    print("TypeError:", e)
big = 10 ** 400
if big > 1e308: print("big > float")
if not big < math.inf: print("?")
else: print("big < inf")
if 2 ** 53 + 1 != 2.0 ** 53: print("exact int cmp")
k = 0
while k < 10 ** 20 and k < 3.5:
    k += 1
print(k)
k = 10
while k > -0.5:
    k -= 3
print(k)
flag = True
while flag == 1:
    flag = False
print(flag)
