# Assignment expressions: in conditions, loops, comprehensions (binding in the enclosing scope), closures.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

values = iter(data)
total = 0
while (v := next(values, None)) is not None:
    total += v
print(total, v)

squares = [y for x in data if (y := x * x) > 10]
print(squares, y)

def running():
    acc = 0
    sums = [acc := acc + x for x in range(5)]
    return sums, acc
print(running())

def last_match(words):
    found = None
    if any((found := w).startswith("b") for w in words):
        return found
    return None
print(last_match(["apple", "banana", "cherry"]), last_match(["x"]))

def make():
    fns = [lambda: k for i in range(3) if (k := i * 10) >= 0]
    return [f() for f in fns], k
print(make())
print([(z := i) + z for i in range(3)], z)
