# Checks that an uncaught free-variable error ends the program with exit 1 and CPython's message.
def make():
    def inner():
        return late_total + 1
    print("calling inner before late_total is bound")
    result = inner()
    late_total = 41
    return result

print("start")
make()
print("never printed")
