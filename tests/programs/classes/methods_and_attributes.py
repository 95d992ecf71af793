# Checks classes with __init__, methods, instance attributes, class attributes and bound methods.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def as_tuple(self):
        return (self.x, self.y)

    def distance2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

p = Point(1, 2)
q = p.moved(3, dy=4)
print(p.as_tuple(), q.as_tuple(), p.distance2(q), Point.dims, p.dims)
p.move(10, 10)
print(p.x, p.y, p.as_tuple())

# Instance attributes can be added later and shadow class attributes.
p.label = "P"
p.dims = 3
print(p.label, p.dims, q.dims, Point.dims)
Point.dims = 4
print(p.dims, q.dims)

# Bound methods remember their instance.
m = q.as_tuple
q.x = 100
print(m(), m.__name__, callable(m))
methods = [p.as_tuple, q.as_tuple]
print([f() for f in methods])

# Calling through the class passes self explicitly.
print(Point.as_tuple(p), Point.moved(p, 1).as_tuple())

# Methods calling other methods and storing closures as attributes.
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def make_reporter(self):
        def report():
            return "%s has %d after %d ops" % (self.owner, self.balance, len(self.history))
        return report

acct = Account("ann")
rep = acct.make_reporter()
acct.deposit(50).deposit(25).withdraw(30)
print(rep(), acct.history)
try:
    acct.withdraw(1000)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(acct, Account), isinstance(acct, Point), type(acct).__name__)
