# Checks that an uncaught ZeroDivisionError from a closure exits 1 after printing earlier output.
def make_divider(d):
    def divide(n):
        return n // d
    return divide

halve = make_divider(2)
broken = make_divider(0)
print(halve(10), halve(-7), halve(2 ** 70))

# Caught versions of the three integer/float messages.
for f in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0.0]:
    try:
        f()
    except ZeroDivisionError as e:
        print("caught:", e)
try:
    broken(5)
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e)

print("about to divide by zero")
print(broken(1))
print("unreachable")
