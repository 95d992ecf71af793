# Checks that class bodies are not enclosing scopes for the methods defined inside them.
size = "global size"

class Box:
    size = "class size"
    label = "class label"

    def get_size(self):
        return size

    def get_label(self):
        return label

    def get_via_self(self):
        return self.size

b = Box()
print(b.get_size())
print(b.get_via_self(), Box.size)
try:
    b.get_label()
except NameError as e:
    print("NameError:", e)

# Lambdas in a class body do not see class-level names either.
limit = 100
class Limits:
    limit = 5
    check = lambda self, v: v < limit
    doubled = limit * 2

print(Limits().check(50), Limits.doubled)

# Comprehensions in a class body: only the first iterable is evaluated in the class scope.
class Table:
    n = 3
    rows = [i * i for i in range(n)]
    try:
        copies = [n for i in range(2)]
    except NameError as e:
        copies = "NameError: " + str(e)

print(Table.rows)
print(Table.copies)

# Class bodies see the enclosing function's variables, but assignment in the class shadows them.
kind = "global kind"
def make_class():
    kind = "function kind"
    class Inner:
        seen = kind
        def method(self):
            return kind
    class Shadow:
        before = kind
        kind = "class kind"
        after = kind
        def method(self):
            return kind
    return Inner, Shadow

Inner, Shadow = make_class()
print(Inner.seen, "|", Inner().method())
print(Shadow.before, "|", Shadow.after, "|", Shadow().method())
