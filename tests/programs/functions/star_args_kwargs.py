# Checks *args and **kwargs parameters, and star-unpacking at call sites.
def collect(*args):
    return args

print(collect(), collect(1), collect(1, "two", [3]))
print(type(collect()).__name__)

def kw(**kwargs):
    return kwargs

print(kw(), kw(a=1, b=2), type(kw()).__name__)

def everything(a, b=2, *rest, **named):
    return a, b, rest, named

print(everything(1))
print(everything(1, 3, 5, 7))
print(everything(1, x=9, y=8))
print(everything(1, 2, 3, z=0))

# Order of **kwargs follows the call site.
print(list(kw(zeta=1, alpha=2, mid=3).keys()))

# Unpacking at the call site.
nums = [4, 5, 6]
opts = {"b": "bee", "c": "sea"}
def three(a, b, c):
    return a, b, c

print(three(*nums), three(1, **opts), three(*[7], **opts))

# A forwarding closure: the classic wrapper shape.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def area(w, h=1):
    return w * h

print(area(3), area(3, h=4), area(w=2, h=5))

# Summing any number of arguments.
def total(*values):
    s = 0
    for v in values:
        s += v
    return s

print(total(), total(1, 2, 3), total(*range(101)))

# Errors.
try:
    three(*[1, 2])
except TypeError as e:
    print(e)
try:
    three(1, 2, 3, **{"a": 0})
except TypeError as e:
    print(e)
