# Checks list comprehensions: filters, nesting, own scope, evaluation order, closures.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(4)] for i in range(3)])
print([c + c for c in "abc"], [k for k in {"a": 1, "b": 2}], [v for v in (3, 2, 1)])
print([x if x > 2 else -x for x in range(5)])

# The iteration variable does not leak.
x = "outer"
squares = [x for x in range(3)]
print(x, squares)

# The outermost iterable is evaluated first, in the enclosing scope.
log = []
def src(name, items):
    log.append(name)
    return items
print([a + b for a in src("outer", [1, 2]) for b in src("inner", [10, 20])])
print(log)

# Comprehension over a list it does not mutate; mutation in the body is visible afterwards.
base = [1, 2, 3]
copies = [base for _ in range(2)]
base.append(4)
print(copies)

# Comprehension inside a function using the function's locals and a closure.
def f(n):
    k = 10
    return [k * i + n for i in range(3)]
print(f(5))

# Flattening and transposing.
matrix = [[1, 2, 3], [4, 5, 6]]
print([v for row in matrix for v in row])
print([[row[i] for row in matrix] for i in range(3)])

# Comprehension with a call in the condition and a conditional expression.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True
print([p for p in range(50) if is_prime(p)])
print(["even" if v % 2 == 0 else "odd" for v in range(4)])

# Errors inside comprehensions propagate.
try:
    print([10 // v for v in [5, 2, 0, 1]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
