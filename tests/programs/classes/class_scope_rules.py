# Checks class body scope rules: class attributes via self, methods not seeing class names.
tag = "global tag"

class Widget:
    tag = "class tag"
    count = 0
    sizes = [1, 2, 3]
    doubled = [s * 2 for s in sizes]

    def __init__(self):
        Widget.count += 1
        self.id = Widget.count

    def which_tag(self):
        return tag

    def class_tag(self):
        return self.tag

    def count_via_class(self):
        return Widget.count

a = Widget()
b = Widget()
print(a.id, b.id, Widget.count, a.count_via_class())
print(a.which_tag(), a.class_tag(), Widget.doubled)

# Assignment through self creates an instance attribute, leaving the class attribute alone.
class Tally:
    total = 0

    def add(self, n):
        self.total += n
        return self.total

t1 = Tally()
t2 = Tally()
print(t1.add(5), t1.add(5), t2.add(1), Tally.total)

# Mutable class attributes are shared by all instances.
class Registry:
    items = []

    def register(self, x):
        self.items.append(x)
        return len(self.items)

r1 = Registry()
r2 = Registry()
print(r1.register("a"), r2.register("b"), Registry.items, r1.items is r2.items)

# A method referring to a name defined only in the class body fails.
class Broken:
    helper_value = 10

    def use(self):
        return helper_value

try:
    Broken().use()
except NameError as e:
    print("NameError:", e)

# The class body runs top to bottom once, at definition time.
order = []
class Loud:
    order.append("body start")
    def method(self):
        order.append("method")
    order.append("body end")
order.append("after class")
Loud().method()
print(order)
