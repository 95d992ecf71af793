# Tutorial: nested functions, their visibility and access to the enclosing function's names.
def print_message(message):
    greeting = "Message:"
    def printer():
        print(greeting, message)
    printer()
    return printer

p = print_message("hello from the outer function")
p()

# The inner function is not visible outside.
try:
    printer()
except NameError as e:
    print("NameError:", e)

# Helpers nested inside a function keep the module namespace clean.
def stats(values):
    def mean():
        return sum(values) / len(values)
    def spread():
        return max(values) - min(values)
    def describe():
        return "mean=%.2f spread=%d n=%d" % (mean(), spread(), len(values))
    return describe()

print(stats([3, 8, 1, 9, 4]))

# Each call creates new inner function objects.
def make():
    def inner():
        return "inner"
    return inner

a = make()
b = make()
print(a is b, a() == b(), a.__qualname__)

# Nested functions can be nested further, each level seeing all outer levels.
def level_a(x):
    def level_b(y):
        def level_c(z):
            return x + y + z
        return level_c
    return level_b

print(level_a(1)(20)(300), level_a("a")("b")("c"))

# A nested function used for recursion over a structure.
def flatten(nested):
    out = []
    def walk(item):
        if type(item).__name__ == "list":
            for sub in item:
                walk(sub)
        else:
            out.append(item)
    walk(nested)
    return out

print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
