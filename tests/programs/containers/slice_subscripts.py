# Subscripts written with a slice (`o[a:b:c]`, `o[a:b] = v`) on lists, tuples, strs and
# everything else: bounds of every sign and type, __index__ bounds, subclasses overriding
# __getitem__/__setitem__, and the errors.


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Recorder:
    def __getitem__(self, key):
        return ("get", key.start, key.stop, key.step)

    def __setitem__(self, key, value):
        print("set", key, value)


class MyList(list):
    def __getitem__(self, key):
        return ("MyList", key)


class MyStr(str):
    pass


items = list(range(10))
text = "abcdefghij"
tup = tuple(items)
for seq in (items, text, tup, range(10), b"0123456789", bytearray(b"abc"), MyStr("xyz")):
    print(seq[2:5], seq[::-2], seq[-3:], seq[:Index(2)], seq[Index(-4):Index(-1)], seq[100:], seq[:-100])
print(Recorder()[1:2], Recorder()[::3], Recorder()[:"x"])
Recorder()[1:2] = 5
print(MyList([1, 2, 3])[1:], MyList([1, 2, 3])[0])
print(type(MyStr("hello")[1:3]).__name__, "é☃x"[1:], "é☃x"[::-1])
big = 10**30
print(items[-big:big], items[big:], text[-big:2])
lo, hi = 3, 7
print(items[lo:hi], text[lo + 1 : hi - 1], tup[hi:lo:-1])
items[2:4] = "xy"
print(items)
items[1:9:3] = (True, None, 7)
print(items)
items[:] = items[::-1]
print(items)
items[Index(0):Index(2)] = []
print(items)
items[len(items):] = range(3)
print(items)
nested = [[1, 2, 3], [4, 5, 6]]
nested[0][1:] = nested[1][:1]
print(nested)
for bad_call in (
    lambda: items[1:2:0],
    lambda: items["a":],
    lambda: text[:1.5],
    lambda: tup[::None] + tup[::"x"],
    lambda: (5)[1:2],
    lambda: None[:],
):
    try:
        print(bad_call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    items[::2] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    items[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    text[1:2] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    tup[:1] = (1,)
except TypeError as e:
    print("TypeError", e)
print({"a": 1}[1:2])
