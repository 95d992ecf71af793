# Checks that an uncaught missing-argument TypeError of a nested function names its qualname.
def make_adder(n):
    def add(a, b):
        return a + b + n
    return add

adder = make_adder(100)
print(adder(1, 2))
print(adder.__qualname__)
adder(1)
