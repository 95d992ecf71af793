# Checks that an uncaught UnboundLocalError from a closure counter exits 1 with CPython's message.
def make_counter():
    total = 0
    def increment():
        total += 1
        return total
    return increment

def make_fixed_counter():
    total = 0
    def increment():
        nonlocal total
        total += 1
        return total
    return increment

fixed = make_fixed_counter()
print("fixed:", fixed(), fixed(), fixed.__code__.co_freevars)

counter = make_counter()
# total is local to increment (it is assigned there), so increment captures nothing.
print("counter made:", counter.__name__, counter.__closure__, counter.__code__.co_varnames)
try:
    counter()
except UnboundLocalError as e:
    print("caught:", e)
print("is a NameError:", isinstance(UnboundLocalError(), NameError))
print("uncaught call next")
counter()
print("unreachable")
