# for loops over lists and tuples (iterated by index in registers) while the list changes:
# append/insert/del/slice assignment/sort/reverse/clear/pop/+=/*=, dunder mutators, rebinding,
# nested loops, unpacking targets, break/continue/else, try/finally, comprehensions.

# mutations during for loops over lists
a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    if x == 2 and len(a) < 6:
        a.insert(0, 99)
print(out, a)

a = [1, 2, 3, 4, 5, 6]
out = []
for x in a:
    out.append(x)
    del a[0]
print(out, a)

a = [5, 3, 1, 4, 2]
out = []
for x in a:
    out.append(x)
    if x == 3:
        a.sort()
print(out, a)

a = [1, 2, 3, 4, 5]
out = []
for x in a:
    out.append(x)
    if x == 2:
        a.reverse()
print(out, a)

a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if len(a) < 10:
        a += [x * 10]
print(out, a)

a = [1, 2]
out = []
for x in a:
    out.append(x)
    if len(a) < 8:
        a *= 2
print(out, a)

a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    a[1:] = []
print(out, a)

a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a[:] = list(range(100, 110))
print(out, a)

a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    a.clear()
    a.extend([7, 8, 9]) if x == 1 else None
print(out, a)

a = [1, 2, 3]
for x in a:
    a = [x] * 5  # rebinding the name does not change the loop
    print(x, len(a))

a = list(range(5))
for a[0] in a:  # loop target writes into the list
    pass
print(a)

lst = [0, 1, 2, 3]
for i in lst:
    lst[i] = i * i if i < len(lst) else 0
print(lst)

# a *= 0 empties
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    a *= 0
print(out, a)

# pop from the end
a = list(range(10))
out = []
for x in a:
    out.append(x)
    a.pop()
print(out, a)

# nested over same list with mutation in the inner loop
a = [1, 2, 3]
pairs = []
for x in a:
    for y in a:
        pairs.append((x, y))
        if len(a) < 5 and y == 3:
            a.append(y + 1)
print(pairs)

# tuple target unpacking
pts = [(1, 2), (3, 4), (5, 6)]
for i, (x, y) in enumerate(pts):
    print(i, x + y)
for x, y in pts:
    if x == 3:
        pts.append((7, 8))
    print(x, y)
try:
    for x, y in [(1, 2), (3,), (4, 5)]:
        print(x, y)
except ValueError as e:
    print("ValueError", e)

# for/else
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("else ran")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("no")
for x in []:
    pass
else:
    print("empty else")
for x in ():
    print("never")
print("x still", x)

def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    return -1

def first_even(seq):
    for v in seq:
        try:
            if v % 2 == 0:
                return v
        finally:
            print("finally", v)
    return None

print(find([4, 5, 6], 6), find((1,), 2), first_even([1, 3, 4, 5]))

def cont(seq):
    tot = 0
    for v in seq:
        try:
            if v < 0:
                continue
            if v > 100:
                break
            tot += v
        finally:
            tot += 1000
    return tot
print(cont([1, -2, 3, 500, 7]))

# exception raised mid-loop, then loop again over same list
a = [1, 2, 0, 4]
try:
    for x in a:
        print(10 // x)
except ZeroDivisionError as e:
    print("zde", e)
for x in a:
    print("again", x)

# comprehensions with several for clauses
m = [[1, 2], [3, 4], [5]]
print([x * y for row in m for x in row for y in (1, 10)])
print([(r, c) for r in (0, 1) for c in m[r] if c != 2])
print({x: y for x, y in [(1, 'a'), (2, 'b')]})
print(sum(x for row in m for x in row))
grow = [1, 2]
print([grow.append(x) or x for x in grow if len(grow) < 6])
print(grow)

# loop variable visible after loop, tuple iteration
t = (10, 20, 30)
for v in t:
    pass
print(v)
tt = ((1, 'a'),)
for n, s in tt * 3:
    print(n, s, end=';')
print()

a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.__iadd__([4, 5])
    if x == 4:
        a.__imul__(0)
print(out, a)
a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.__setitem__(slice(0, 2), ["a", "b", "c"])
    if x == "c":
        a.__delitem__(slice(None))
print(out, a)
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x == 2:
        list.insert(a, 0, 0)
        list.append(a, 9)
        list.remove(a, 2)
print(out, a)
a = [3, 2, 1]
out = []
for x in a:
    out.append(x)
    a.sort(key=lambda v: -v if x == 3 else v)
print(out, a)
a = [1, 2, 3]
b = a
for x in a:
    b[len(b) - 1:] = [x, x] if len(b) < 6 else []
print(a)
