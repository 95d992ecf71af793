# A misspelt attribute of an instance that keeps its attributes inline: the uncaught
# AttributeError suggests the attribute it has (CPython's "Did you mean").


class Account:
    rate = 0.5

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, n):
        self.balance += n


acct = Account("ann")
acct.deposit(5)
acct.overdraft_limit = 100
for name in ("owner", "balance", "overdraft_limit", "rate", "missing"):
    try:
        print(name, getattr(acct, name))
    except AttributeError as e:
        print("caught:", e)
print(acct.overdraft_limt)
