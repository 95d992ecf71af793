# Tutorial: function factories build specialised functions from parameters.
def power_factory(exponent):
    def power(base):
        return base ** exponent
    return power

square = power_factory(2)
cube = power_factory(3)
root = power_factory(0.5)
print(square(12), cube(3), root(16), power_factory(100)(2))
print(square.__closure__[0].cell_contents, cube.__closure__[0].cell_contents)

# Factories in a loop: call the factory, so each function gets its own cell.
powers = [power_factory(e) for e in range(5)]
print([p(2) for p in powers])

# A factory that builds validators from rules.
def range_validator(low, high):
    def check(v):
        return low <= v <= high
    check_name = "check_%d_%d" % (low, high)
    return check, check_name

is_digit, name = range_validator(0, 9)
is_percent, name2 = range_validator(0, 100)
print(name, [is_digit(v) for v in [-1, 0, 9, 10]], name2, is_percent(55))

# A factory returning several functions that share state.
def make_stack():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def pop():
        nonlocal items
        if not items:
            raise IndexError("pop from empty stack")
        top = items[-1]
        items = items[:-1]
        return top
    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
push("a")
push("b")
print(pop(), size(), pop(), size())
try:
    pop()
except IndexError as e:
    print("IndexError:", e)
print(push("c"), push.__closure__[0] is pop.__closure__[0])

# Formatter factories.
def make_formatter(width, fill):
    def fmt(text):
        text = str(text)
        return fill * (width - len(text)) + text
    return fmt

pad5 = make_formatter(5, ".")
pad8 = make_formatter(8, " ")
for v in [1, 22, 333]:
    print(pad5(v), "|" + pad8(v) + "|")
