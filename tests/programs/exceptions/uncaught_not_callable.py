# Checks that calling a non-callable value that came out of a dict is an uncaught TypeError.
handlers = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "broken": 42, "none": None}
for name in handlers:
    print(name, callable(handlers[name]), type(handlers[name]).__name__)

print(handlers["add"](2, 3), handlers["mul"](2, 3))

# The caught versions name the type of the value being called.
for name in ["none", "broken"]:
    try:
        handlers[name](1, 2)
    except TypeError as e:
        print("caught:", e)

def dispatch(name, *args):
    handler = handlers[name]
    print("dispatching", name, args)
    return handler(*args)

print(dispatch("add", 10, 20))
print(dispatch("mul", 10, 20))
handlers["add"] = handlers["add"](1, 1)
print("add is now", handlers["add"], callable(handlers["add"]))
print(dispatch("add", 2, 3))
print("unreachable")
