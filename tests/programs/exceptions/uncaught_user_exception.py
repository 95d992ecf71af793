# Checks that an uncaught user exception class prints `MyError: message` (no module prefix).
class MyError(Exception):
    pass

def check(n):
    if n > 2:
        raise MyError("n too large: " + str(n))
    return n

for n in range(5):
    print("checked", check(n))
