# Checks except with a tuple of classes, bare raise to re-raise, and raising classes.
def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "index":
        return [][0]
    if kind == "key":
        return {}["k"]
    if kind == "type":
        return "a" + 1
    return "fine"

for kind in ["fine", "zero", "index", "key", "type"]:
    try:
        print(kind, risky(kind))
    except (ZeroDivisionError, IndexError) as e:
        print(kind, "arith/index:", type(e).__name__, e)
    except (KeyError, TypeError) as e:
        print(kind, "key/type:", type(e).__name__, e)

# Bare raise re-raises the exception being handled.
def wrapper():
    try:
        risky("key")
    except KeyError:
        print("wrapper saw KeyError, re-raising")
        raise

try:
    wrapper()
except KeyError as e:
    print("outer got", repr(e))

# Re-raising after partial handling, from a nested function.
def handle(kind):
    try:
        risky(kind)
    except Exception as e:
        if type(e).__name__ == "ZeroDivisionError":
            return "handled zero"
        raise

print(handle("zero"))
try:
    handle("index")
except IndexError as e:
    print("re-raised:", e)

# raise with an explicit instance stored in a variable.
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err, e)

# Catching with a base class.
try:
    risky("index")
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    risky("zero")
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    risky("type")
except Exception as e:
    print("Exception caught", type(e).__name__)

# Raising something that is not an exception.
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
