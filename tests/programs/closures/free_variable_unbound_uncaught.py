# Checks that an uncaught free-variable error ends the program with exit 1 and CPython's message.
def make(call_early):
    def inner():
        return late_total + 1
    if call_early:
        print("calling inner before late_total is bound")
        return inner()
    late_total = 41
    return inner

ok = make(False)
print("normal call:", ok(), ok.__code__.co_freevars)
print("cell:", ok.__closure__[0].cell_contents)

# The same error, caught.
def caught():
    def peek():
        return hidden
    try:
        return peek()
    except NameError as e:
        return "caught: " + str(e)
    hidden = 0

print(caught())
print("start")
make(True)
print("never printed")
