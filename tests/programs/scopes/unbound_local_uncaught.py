# Checks that an uncaught UnboundLocalError from a closure counter exits 1 with CPython's message.
def make_counter():
    total = 0
    def increment():
        total += 1
        return total
    return increment

counter = make_counter()
print("counter made:", counter.__name__, counter.__closure__)
print("first call next")
counter()
print("unreachable")
