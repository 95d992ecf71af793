# Measures: classes with inheritance, super() calls and polymorphic method calls
# (an expression tree interpreter and an accounts ledger).

import sys


class Node:
    def evaluate(self, env):
        raise NotImplementedError

    def size(self):
        return 1


class Constant(Node):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value


class Variable(Node):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        return env[self.name]


class Binary(Node):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def size(self):
        return 1 + self.left.size() + self.right.size()


class Add(Binary):
    def evaluate(self, env):
        return self.left.evaluate(env) + self.right.evaluate(env)


class Multiply(Binary):
    def evaluate(self, env):
        return self.left.evaluate(env) * self.right.evaluate(env) % 100_003


class Subtract(Binary):
    def evaluate(self, env):
        return self.left.evaluate(env) - self.right.evaluate(env)


class Clamp(Binary):
    """Add, then clamp the result into [-limit, limit]."""

    limit = 50_000

    def evaluate(self, env):
        value = self.left.evaluate(env) + self.right.evaluate(env)
        return max(-self.limit, min(self.limit, value))

    def size(self):
        return super().size() + 1


def build(depth, seed):
    if depth == 0:
        if seed % 3 == 0:
            return Variable("xyz"[seed % 7 % 3])
        return Constant(seed % 17)
    kinds = (Add, Multiply, Subtract, Clamp)
    kind = kinds[seed % 4]
    return kind(build(depth - 1, seed * 31 + 7), build(depth - 1, seed * 17 + 3))


class Account:
    count = 0

    def __init__(self, owner, balance):
        Account.count += 1
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True

    def month_end(self):
        return 0

    def describe(self):
        return f"{type(self).__name__}({self.owner}: {self.balance})"


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def month_end(self):
        interest = self.balance * self.rate // 1000
        self.deposit(interest)
        return interest


class Checking(Account):
    fee = 3

    def withdraw(self, amount):
        if super().withdraw(amount + self.fee):
            return True
        return False

    def month_end(self):
        if self.balance < 100:
            super().withdraw(min(self.fee, self.balance))
            return -self.fee
        return 0


class Premium(Savings):
    def __init__(self, owner, balance):
        super().__init__(owner, balance, 4)

    def withdraw(self, amount):
        return super().withdraw(amount // 2)

    def month_end(self):
        return super().month_end() + 1


def ledger(accounts_count, months):
    accounts = []
    for i in range(accounts_count):
        kind = i % 3
        if kind == 0:
            accounts.append(Savings(f"s{i}", 1000 + i, 2 + i % 3))
        elif kind == 1:
            accounts.append(Checking(f"c{i}", 200 + i))
        else:
            accounts.append(Premium(f"p{i}", 5000 + i))
    moved = 0
    for month in range(months):
        for index, account in enumerate(accounts):
            amount = (index * 37 + month * 11) % 150
            if (index + month) % 2:
                account.deposit(amount)
            elif account.withdraw(amount):
                moved += amount
            moved += account.month_end()
    total = sum(account.balance for account in accounts)
    return total, moved, accounts[0].describe(), accounts[-1].describe()


def main(trees, depth, accounts, months):
    checksum = 0
    nodes = 0
    for seed in range(trees):
        tree = build(depth, seed)
        nodes += tree.size()
        for x in range(8):
            checksum += tree.evaluate({"x": x, "y": seed, "z": x - seed})
    print("trees", nodes, checksum)
    print("ledger", ledger(accounts, months), Account.count)


# The benchmark's sizes, or smaller ones given as arguments (the test suite's, in
# tests/programs/bench/class_hierarchy.args).
main(*[int(arg) for arg in sys.argv[1:]] or [300, 9, 600, 200])
