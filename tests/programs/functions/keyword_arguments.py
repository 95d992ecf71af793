# Checks keyword arguments at call sites, mixed with positional arguments and defaults.
def describe(name, age, city="nowhere", job="none"):
    return "%s/%s/%s/%s" % (name, age, city, job)

print(describe("ann", 30))
print(describe(age=31, name="bob"))
print(describe("cy", 40, job="pilot"))
print(describe("di", city="rome", age=22))
print(describe(job="cook", city="oslo", age=50, name="ed"))

# Keyword arguments to nested functions and lambdas.
def outer():
    def inner(a, b=2):
        return a - b
    return inner(b=10, a=1), inner(5), inner(a=5)

print(outer())
print((lambda x, y: x * 10 + y)(y=1, x=2))

# Argument expressions are evaluated left to right, as written.
order = []
def note(v):
    order.append(v)
    return v

print(describe(note("n"), city=note("c"), age=note("a")))
print(order)

# Keyword arguments to builtins.
print("a", "b", sep="-", end=".\n")
print(sorted([3, 1, 2], reverse=True))

# Errors with keywords.
def two(a, b):
    return a + b

try:
    two(1, a=2)
except TypeError as e:
    print(e)
try:
    two(1, c=2)
except TypeError as e:
    print(e)
try:
    two(b=1)
except TypeError as e:
    print(e)
