# property, staticmethod and classmethod objects as values: a property's doc (from its
# getter, explicit, writable, carried to copies), their __get__/__set__/__delete__, the
# attributes staticmethod and classmethod take from their function, __isabstractmethod__,
# and a classmethod wrapping another descriptor.


class Account:
    def __init__(self):
        self._balance = 0

    @property
    def balance(self):
        "The current balance."
        return self._balance

    @balance.setter
    def balance(self, value):
        "Setter doc is not used."
        self._balance = value

    def _get_owner(self):
        return "ann"

    owner = property(_get_owner, doc="Who owns it.")
    plain = property(lambda self: 1)


print(Account.balance.__doc__)
print(Account.owner.__doc__)
print(Account.plain.__doc__)
print(property().__doc__)


class Base:
    @property
    def spam(self):
        """spam docstring"""
        return 1

    @spam.getter
    def spam(self):
        """new docstring"""
        return 2


print(Base.spam.__doc__, Base().spam)
kept = property(None, None, None, "kept").getter(lambda self: 3)
print(kept.__doc__)
Account.balance.__doc__ = "Rewritten."
print(Account.balance.__doc__)

acct = Account()
prop = Account.__dict__["balance"]
prop.__set__(acct, 42)
print(prop.__get__(acct), prop.__get__(acct, Account), prop.__get__(None, Account) is prop)
try:
    Account.__dict__["owner"].__set__(acct, "bob")
except AttributeError as e:
    print("AttributeError:", e)
try:
    prop.__delete__(acct)
except AttributeError as e:
    print("AttributeError:", e)
for count in (0, 1, 3):
    try:
        prop.__set_name__(*([0] * count))
    except TypeError as e:
        print("TypeError:", e)


def helper(x: int) -> int:
    "Helps."
    return x * 2


for wrapper in (staticmethod(helper), classmethod(helper)):
    print(type(wrapper).__name__, wrapper.__func__ is helper, wrapper.__wrapped__ is helper)
    print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__)
    print(wrapper.__annotations__ is helper.__annotations__)


class Tools:
    pass


sm = staticmethod(helper)
cm = classmethod(lambda cls, y: (cls.__name__, y))
print(sm.__get__(None, Tools)(5), cm.__get__(None, Tools)(6), cm.__get__(Tools())(7))


def flagged(self):
    pass


for flag in (True, 0, [1], ""):
    flagged.__isabstractmethod__ = flag
    print(property(flagged).__isabstractmethod__, staticmethod(flagged).__isabstractmethod__)
print(property(lambda self: 0).__isabstractmethod__)


class Documented:
    @classmethod
    @property
    def description(cls):
        return "class " + cls.__name__


class Sub(Documented):
    pass


print(Documented.description, Sub.description, Sub().description)


class Wrapper:
    def __init__(self, wrapped):
        self.wrapped = wrapped

    def __get__(self, instance, owner):
        return lambda *args: ("wrapped", self.wrapped.__get__(instance, owner)(*args))


class Uses:
    @classmethod
    @Wrapper
    def outer(cls, x):
        return cls.__name__, x


print(Uses.outer(1), Uses().outer(2))
Account.owner.__get__(None, None)
