# Checks that calling a non-callable value that came out of a dict is an uncaught TypeError.
handlers = {"add": lambda a, b: a + b, "broken": 42}
print(handlers["add"](2, 3))
print(callable(handlers["broken"]))
handlers["broken"](2, 3)
