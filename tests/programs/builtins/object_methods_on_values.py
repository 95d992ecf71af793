print(().__init__(), (1).__init__(), "s".__init__(), [].__init__ is not None)
print((5).__eq__(5), (5).__ne__(6))
try:
    (1).__setattr__("x", 2)
except AttributeError as e:
    print(e)
