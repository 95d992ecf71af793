# weakref.proxy: forwarding attributes, operators and calls to a live referent;
# ReferenceError once it died (this program ends with one, uncaught).
import gc
import re
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = [balance]

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def __len__(self):
        return len(self.history)

    def __getitem__(self, i):
        return self.history[i]

    def __iter__(self):
        return iter(self.history)

    def __contains__(self, x):
        return x in self.history

    def __str__(self):
        return f"{self.owner}: {self.balance}"

    def __add__(self, other):
        return self.balance + other

    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner

    __hash__ = object.__hash__

    def __call__(self, x):
        return f"called with {x}"


def show(text):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", text))


def use():
    acct = Account("ann", 10)
    p = weakref.proxy(acct)
    print(p.owner, p.deposit(5), p.balance, acct.balance)
    p.nickname = "a"
    print(acct.nickname, hasattr(p, "nickname"))
    del p.nickname
    print(hasattr(acct, "nickname"))
    print(len(p), p[0], list(p), 5 in p, 7 in p, str(p), p + 1, bool(p))
    print(p == acct, p == Account("ann", 0), p != acct)
    print(p("x"), callable(p), type(p).__name__)
    print(weakref.proxy(acct) is p, weakref.getweakrefcount(acct))
    show(repr(p))
    try:
        hash(p)
    except TypeError as e:
        print("TypeError:", e)
    try:
        p.missing
    except AttributeError as e:
        print("AttributeError:", e)
    print(isinstance(p, weakref.ProxyTypes), type(p) is weakref.CallableProxyType)
    print(acct.balance)
    return p, weakref.proxy(acct, lambda wr: print("callback", type(wr).__name__))


class Plain:
    value = 3


plain = Plain()
pp = weakref.proxy(plain)
print(type(pp) is weakref.ProxyType, pp.value, callable(pp))
p, p_cb = use()
gc.collect()
show(repr(p))
try:
    print(p.owner)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.proxy(3)
except TypeError as e:
    print("TypeError:", e)
print(p_cb.balance)
