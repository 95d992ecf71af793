# globals() and a module's __dict__ are the module's namespace: writes to them define,
# rebind and delete globals that the module's code then reads by name.
import sys

for number, name in enumerate(["RED", "GREEN", "BLUE"]):
    globals()[name] = number
print(RED, GREEN, BLUE)

counter = 10
globals()["counter"] += 5
print(counter)


def read_later():
    return late_name


globals().update(late_name="defined through update", other=1)
print(read_later(), other)

del globals()["other"]
try:
    print(other)
except NameError as e:
    print("NameError:", e)

print(globals().setdefault("counter", 0), globals().setdefault("fresh", "set by setdefault"), fresh)
print(globals().pop("fresh"), "fresh" in globals())

this = sys.modules[__name__]
this.attribute = "set on the module"
print(attribute, this.__dict__["attribute"], this.__dict__ is globals())
this.__dict__["through_dict"] = 42
print(through_dict, this.through_dict)


def make(name, value):
    globals()[name] = lambda: value


make("answer", 42)
print(answer())

# The names, in the order CPython binds them.
print([n for n in globals() if not n.startswith("__")])
print(type(globals()) is dict, globals() is globals())
