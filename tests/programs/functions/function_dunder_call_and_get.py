# A function's own __call__ and __get__ methods.


def greet(name, punctuation="!"):
    return "hello " + name + punctuation


print(greet.__call__("ann"))
print(greet.__call__("bob", punctuation="?"))
call = greet.__call__
print(call("cy"), callable(call))
print((lambda *a, **k: (a, k)).__call__(1, 2, x=3))


class Box:
    def __init__(self, value):
        self.value = value


def describe(self, prefix):
    return prefix + str(self.value)


bound = describe.__get__(Box(7), Box)
print(bound("value="), bound.__self__.value, bound.__func__ is describe)
print(describe.__get__(None, Box) is describe)
print(describe.__get__(Box(8))("v"))
try:
    describe.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
greet.__call__()
