# Every starred form in displays and calls.
a = [1, 2]
b = (3,)
s = "xy"
print({*a, *b}, sorted({0, *a, 9, *s}, key=str), [*a, *b], (*a, *b), [*range(3)])
print({**{"x": 1}, "y": 2, **{"x": 3}})


def f(*args, **kw):
    return args, kw


print(f(*a, *b, **{"k": 1}, **{"j": 2}), f(0, *a, 5, *b))
x, *y = a + [9]
print(x, y)
print(*a, sep="-")
for q, *r in [(1, 2, 3)]:
    print(q, r)
t = *a, 5
print(t, {*()}, [*{}], (*"ab",))
for bad in (lambda: {*1}, lambda: [*None], lambda: {**[1]}):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
