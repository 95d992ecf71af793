# Checks that an uncaught missing-argument TypeError of a nested function names its qualname.
def make_adder(n):
    def add(a, b):
        return a + b + n
    return add

adder = make_adder(100)
print(adder(1, 2), adder(b=5, a=5))
print(adder.__name__, adder.__qualname__)

# Caught versions: the message counts and lists the missing names.
def three(x, y, z):
    return x + y + z

for args in [(), (1,), (1, 2)]:
    try:
        three(*args)
    except TypeError as e:
        print("caught:", e)
try:
    adder()
except TypeError as e:
    print("caught:", e)

def call_with(f, *args):
    print("calling", f.__qualname__, "with", len(args), "argument(s)")
    return f(*args)

print(call_with(adder, 1, 2))
call_with(adder, 1)
print("unreachable")
