# Checks that an uncaught unsupported-operand TypeError reports both operand type names.
def add_all(values):
    total = 0
    for v in values:
        total = total + v
        print("running total", total)
    return total

print(add_all([1, 2, 3]))
print(add_all([1, 2.5, None]))
