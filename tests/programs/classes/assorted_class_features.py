# Classes: inheritance with super(), classmethod/staticmethod/property, container dunders, exception subclasses, classes made in functions.
class Animal:
    sound = "..."
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def kind():
        return "animal"
    @property
    def upper(self):
        return self.name.upper()

class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"

d = Dog.create("rex")
print(d.speak(), d.upper, Animal.kind(), Animal.count, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__ if False else Dog.__name__, type(d).__qualname__, Dog.__bases__[0].__name__)

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(reversed(self._items))
    def __contains__(self, x):
        return x in self._items
    def __getitem__(self, i):
        return self._items[i]
    def __bool__(self):
        return bool(self._items)
s = Stack()
print(bool(s), len(s))
for v in (1, 2, 3):
    s.push(v)
print(list(s), 2 in s, s[0], bool(s), [x for x in s])

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyError(42, "bad thing")
except MyError as e:
    print(e, e.code, e.args, repr(e))

class Temperature:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)

def make_class(base_value):
    class Local:
        value = base_value
        def get(self):
            return self.value + base_value
    return Local
print(make_class(5)().get(), make_class(7).__qualname__)

class Vec:
    __slots__ = ()
    def __init__(self):
        pass
print(hasattr(Vec(), "x"), getattr(Vec(), "y", "default"))

class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O%d" % self.v
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max([Ordered(3), Ordered(9)]))
