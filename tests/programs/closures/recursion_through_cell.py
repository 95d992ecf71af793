# Checks recursion of nested functions that refer to themselves through a closure cell.
def make_fact():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact

f = make_fact()
print(f(5), f(20), f(30))
print(f.__code__.co_freevars)

# Rebinding the cell changes what the recursive call reaches.
def tricky():
    def countdown(n):
        if n == 0:
            return ["end"]
        return [n] + countdown(n - 1)
    original = countdown
    print(original(3))
    def countdown(n):
        return ["replaced", n]
    return original(3)

print(tricky())

# Mutual recursion between nested functions.
def parity(n):
    def is_even(k):
        if k == 0:
            return True
        return is_odd(k - 1)
    def is_odd(k):
        if k == 0:
            return False
        return is_even(k - 1)
    return is_even(n), is_odd(n)

print(parity(10), parity(7))

# A recursive lambda stored in a local variable.
def fib_table(n):
    fib = lambda k: k if k < 2 else fib(k - 1) + fib(k - 2)
    return [fib(i) for i in range(n)]

print(fib_table(15))

# Recursion through a cell that also counts calls with nonlocal.
def counted():
    calls = 0
    def walk(tree):
        nonlocal calls
        calls += 1
        if type(tree).__name__ == "list":
            total = 0
            for t in tree:
                total += walk(t)
            return total
        return tree
    result = walk([1, [2, 3], [[4], 5], []])
    return result, calls

print(counted())

# Ackermann-like deep nesting of recursive closures.
def ack_maker():
    def ack(m, n):
        if m == 0:
            return n + 1
        if n == 0:
            return ack(m - 1, 1)
        return ack(m - 1, ack(m, n - 1))
    return ack

ack = ack_maker()
print([ack(2, j) for j in range(4)], ack(3, 3))
