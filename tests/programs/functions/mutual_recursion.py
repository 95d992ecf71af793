# Checks recursion and mutual recursion of module-level functions, including deep-ish recursion.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(k) for k in range(6)], is_odd(101), is_even(500))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    hanoi(n - 1, src, via, dst, moves)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src, moves)
    return moves

m = hanoi(4, "A", "C", "B", [])
print(len(m), m[:5], m[-1])

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(k) for k in range(20)])

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

print(gcd(1071, 462), gcd(2 ** 64, 6 ** 20))

# A recursive function referenced before the name it calls exists at module level.
def calls_later(n):
    return later(n) + 1

def later(n):
    return n * 2

print(calls_later(5))

# Recursion depth of 900 stays below CPython's default limit.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))

# Expression trees evaluated by mutual recursion.
def eval_expr(e):
    if type(e).__name__ == "int":
        return e
    return eval_op(e[0], e[1], e[2])

def eval_op(op, l, r):
    a = eval_expr(l)
    b = eval_expr(r)
    if op == "+":
        return a + b
    if op == "*":
        return a * b
    return a - b

print(eval_expr(("+", 1, ("*", ("-", 10, 4), 7))))

# Rebinding a recursive function's name changes what the recursion reaches.
def countdown(n):
    return [] if n == 0 else [n] + countdown(n - 1)

old = countdown
def countdown(n):
    return ["new"]
print(old(3))
