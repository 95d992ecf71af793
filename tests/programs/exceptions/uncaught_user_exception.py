# Checks that an uncaught user exception class prints `MyError: message` (no module prefix).
class MyError(Exception):
    pass

def check(n):
    if n > 2:
        raise MyError("n too large: " + str(n))
    return n

# Caught first: str, args and repr of the user exception.
try:
    check(10)
except MyError as e:
    print("caught:", e, e.args, repr(e), type(e).__name__)
try:
    raise MyError
except Exception as e:
    print("bare class caught:", repr(e), "[" + str(e) + "]")

def guarded(n):
    try:
        return check(n)
    except MyError:
        return -1

print([guarded(n) for n in range(5)])

for n in range(5):
    print("checked", check(n))
