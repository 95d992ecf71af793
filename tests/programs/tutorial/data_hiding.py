# Tutorial: closures hide state that would otherwise be a global variable.
balance_global = 0

def deposit_global(amount):
    global balance_global
    balance_global += amount
    return balance_global

deposit_global(10)
balance_global = -999
print("global version can be clobbered:", deposit_global(10))

def make_account(owner, balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds for %s" % owner)
        balance -= amount
        history.append(("withdraw", amount))
        return balance
    def statement():
        return "%s: %d after %d operations" % (owner, balance, len(history))
    return {"deposit": deposit, "withdraw": withdraw, "statement": statement}

ann = make_account("ann")
bob = make_account("bob", 100)
ann["deposit"](50)
ann["withdraw"](20)
bob["withdraw"](30)
print(ann["statement"]())
print(bob["statement"]())
for op, amount in [("withdraw", 500), ("deposit", -1)]:
    try:
        ann[op](amount)
    except ValueError as e:
        print("refused:", e)
print(ann["statement"]())

# There is no name to reach the balance from outside, only the cells.
try:
    balance
except NameError as e:
    print("NameError:", e)
print(ann["deposit"].__code__.co_freevars)

# A private generator of unique ids.
def make_id_source(prefix):
    last = 0
    def next_id():
        nonlocal last
        last += 1
        return "%s-%03d" % (prefix, last)
    return next_id

order_id = make_id_source("ord")
user_id = make_id_source("usr")
print(order_id(), order_id(), user_id(), order_id())
