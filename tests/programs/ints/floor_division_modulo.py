# Checks floor division and modulo with every sign combination, and true division.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "/", a / b)

print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 10 / 4, 10 / 5, 9 / 3)
print(type(10 / 5).__name__, type(10 // 5).__name__)

# a == (a // b) * b + a % b always holds.
ok = True
for a in range(-20, 21):
    for b in [-7, -3, -1, 1, 2, 5]:
        if (a // b) * b + a % b != a:
            ok = False
print("identity holds:", ok)

# Floats floor too.
print(-7.0 // 2, -7.0 % 2, 7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(-0.5 // 1, 0.5 // -1)

# Mixed int/float.
print(7 // 2.0, 7 % 2.0, 1 / 3, 2 / 3, 10 / 3)

# Division by zero messages.
tests = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1 // 0.0,
         lambda: 1.5 % 0, lambda: 0 / 0]
for t in tests:
    try:
        t()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

# Augmented forms.
x = 17
x //= 5
print(x)
x %= 2
print(x)
x = -17
x //= 5
print(x)
x /= 2
print(x)
