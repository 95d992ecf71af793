# Checks ** with ints and floats: big results, negative exponents, precedence, associativity.
print(2 ** 10, 2 ** 100, 2 ** 0, 0 ** 0, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print(-2 ** 2, (-2) ** 2, (-2) ** 3, -2 ** -2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(4 ** 0.5, 2 ** 0.5, 8 ** (1 / 3), 2.0 ** 10)
print((-8) ** 2, (-1) ** 1001, (-1) ** 1000)
print(10 ** 18, 10 ** 19, 10 ** 20 + 1)
print(7 ** 77)

x = 3
x **= 4
print(x)
x **= 10
print(x)
print(True ** 5, False ** 0, 2 ** True)

try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Powers of two compared against repeated multiplication.
p = 1
ok = True
for i in range(130):
    if p != 2 ** i:
        ok = False
    p = p * 2
print(ok, p)
