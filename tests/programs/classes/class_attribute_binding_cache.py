# Attributes read through a class at one site (`Strength.REQUIRED`, `Strength.stronger(a, b)`)
# are cached with how they bind: functions and plain data as they are, instances as they
# are while their class has no __get__, classmethods called with the class. Each rule
# must give way when the namespaces change.


class Marker:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Marker({self.name})"


class Strength:
    LIMIT = 10

    def __init__(self, value):
        self.value = value

    @classmethod
    def stronger(cls, a, b):
        return (cls.__name__, a.value < b.value)

    @staticmethod
    def weaker(a, b):
        return a.value > b.value

    def plain(x):
        return ("plain", x)


Strength.REQUIRED = Strength(0)
Strength.WEAK = Strength(5)
Strength.TAG = Marker("tag")


class Special(Strength):
    pass


def reads(cls):
    return (cls.REQUIRED.value, cls.LIMIT, cls.TAG, cls.plain(3),
            cls.stronger(cls.REQUIRED, cls.WEAK), cls.weaker(cls.REQUIRED, cls.WEAK))


for _ in range(3):
    print(reads(Strength), reads(Special))

# Reassigning a class attribute, at the class and in a subclass.
Strength.REQUIRED = Strength(7)
Strength.LIMIT = 20
Special.TAG = Marker("special")
print(reads(Strength), reads(Special))


# The instance's class gains __get__: the cached instance must now bind.
def marker_get(self, obj, cls):
    return ("bound", self.name, cls.__name__)


for step in range(3):
    print(step, reads(Strength)[2], Special.TAG)
    if step == 1:
        Marker.__get__ = marker_get
del Marker.__get__
print(reads(Strength)[2])

# The classmethod replaced by a plain function, then by a classmethod of a callable object.
for step in range(4):
    try:
        print(step, Strength.stronger(Strength.REQUIRED, Strength.WEAK))
    except (TypeError, AttributeError) as e:
        print(step, type(e).__name__, e)
    if step == 0:
        Strength.stronger = lambda a, b: ("lambda", a.value, b.value)
    elif step == 1:
        class Judge:
            def __call__(self, cls, a, b):
                return ("judge", cls.__name__)
        Strength.stronger = classmethod(Judge())
    elif step == 2:
        del Strength.stronger


# A list subclass: its builtin methods, iteration and len through the subclass.
class Collection(list):
    def add_all(self, items):
        for item in items:
            self.append(item)
        return self


c = Collection()
for round_ in range(3):
    c.add_all(range(round_ * 3, round_ * 3 + 3))
    c.insert(0, -round_)
    print(len(c), [x for x in c], c.pop(), c.index(1), c.count(2), c + [99], c)
c += [100]
print(type(c).__name__, c[-1], c == list(c), c * 2 == list(c) * 2)
print(Strength.missing)
