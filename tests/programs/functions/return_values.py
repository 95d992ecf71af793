# Checks return: implicit None, bare return, early return, tuples, and return from loops.
def nothing():
    pass

def bare():
    return

def early(n):
    if n < 0:
        return "negative"
    for i in range(10):
        if i == n:
            return "found %d" % i
    return "too big"

def pair():
    return 1, "two"

def nested_return():
    def inner():
        return [1, 2, 3]
    return inner()[1:]

print(nothing(), bare(), nothing() is None)
print(early(-5), early(3), early(50))
p = pair()
x, y = pair()
print(p, type(p).__name__, x, y)
print(nested_return())

# Return inside while with else.
def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            return i
        i += 1
    else:
        return -1

print(search("hello", "l"), search("hello", "z"))

# Return values used directly in expressions.
def half(n):
    return n / 2
print(half(10) + half(3), half(half(8)))

# A function with only a docstring returns None.
def doc_only():
    "nothing here"

print(doc_only(), doc_only() is None)

# return in try/finally: finally runs; a return in finally wins.
def with_finally():
    try:
        return "from try"
    finally:
        print("finally ran")

def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"

print(with_finally())
print(finally_wins())
