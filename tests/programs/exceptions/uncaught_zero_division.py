# Checks that an uncaught ZeroDivisionError from a closure exits 1 after printing earlier output.
def make_divider(d):
    def divide(n):
        return n // d
    return divide

halve = make_divider(2)
broken = make_divider(0)
print(halve(10), halve(-7))
print("about to divide by zero")
print(broken(1))
print("unreachable")
