# Recursion limits with the frame counter: exact depths, setrecursionlimit up and down,
# generators (yield from chains abandoned, closed, thrown into), mutual recursion, int clones.

import sys
def f(n):
    global depth
    depth = n
    return f(n + 1)
def probe():
    global depth
    depth = 0
    try:
        f(0)
    except RecursionError as e:
        return depth
print(probe())
def wrapper():
    return probe()
print(wrapper())
sys.setrecursionlimit(200)
print(probe())
sys.setrecursionlimit(3000)
print(probe())
sys.setrecursionlimit(1000)
print(probe(), sys.getrecursionlimit())

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
print(fib(20))
for n in [990, 995, 996, 997, 998, 999, 1000]:
    try:
        print(n, down(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
print(down(500))
# in a nested function depth
def nest(k):
    if k == 0:
        for n in range(990, 1000):
            try:
                down(n)
            except RecursionError:
                return n
        return None
    return nest(k - 1)
print(nest(0), nest(10), nest(100))

# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(900))
try:
    is_even(5000)
except RecursionError:
    print("mutual RecursionError")

# int-only big results bail out of the clone
def pw(n):
    if n == 0:
        return 1
    return 2 * pw(n - 1)
print(pw(200))
def sumdown(n):
    if n == 0:
        return 0
    return n + sumdown(n - 1)
print(sumdown(900))
try:
    sumdown(100000)
except RecursionError as e:
    print("RE", e)
print(sumdown(10))

# recursion limit lowered below current depth
def at_depth(k):
    if k:
        return at_depth(k - 1)
    sys.setrecursionlimit(50)
    try:
        return down(5)
    except RecursionError as e:
        return "RE " + str(e)
    finally:
        sys.setrecursionlimit(1000)
try:
    print(at_depth(60))
except RecursionError as e:
    print("RE", e)
print(at_depth(30))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("VE", e)

def limit_from_here():
    for n in range(990, 1100):
        try:
            down(n)
        except RecursionError:
            return n
print(limit_from_here())
def chain(k):
    if k == 0:
        yield 1
        yield 2
        raise ValueError("deep")
    else:
        yield from chain(k - 1)
g = chain(60)
print(next(g))
print(limit_from_here())
g2 = chain(90)
print(next(g2))
del g2
print(limit_from_here())
g3 = chain(70)
print(list(zip(range(2), g3)))
try:
    next(g3)
except ValueError as e:
    print("VE", e)
print(limit_from_here())
g4 = chain(50)
next(g4)
try:
    g4.throw(KeyError("x"))
except KeyError as e:
    print("KE", e)
print(limit_from_here())
g5 = chain(60)
next(g5)
g5.close()
print(limit_from_here())
def raiser(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        return raiser(n - 1)
    finally:
        pass
for i in range(5):
    try:
        raiser(300)
    except IndexError:
        pass
print(limit_from_here())
def rec_gen(n):
    if n:
        yield from rec_gen(n - 1)
    yield n
print(limit_from_here())
def ok_gen():
    yield from rec_gen(100)
print(sum(ok_gen()))
gens = [chain(20) for _ in range(5)]
for gg in gens:
    next(gg)
print(limit_from_here())
gens = None
print(limit_from_here())

import sys
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def tri(n, acc=0):
    if n == 0:
        return acc
    return tri(n - 1, acc + n)
print(fib(22), fib(n=10), gcd(12, 18), tri(100), tri(10, acc=5))
for n in [996, 997, 998, 999]:
    try:
        print(n, down(n))
    except RecursionError as e:
        print(n, "RE", e)
print(fib(20))
g = fib
fib = lambda n: -1
print(g(5), g(1))
fib = g
print(fib(10))
def big(n):
    if n == 0:
        return 1
    return big(n - 1) * 3
print(big(60), big(45))
def divdown(n, d):
    if n == 0:
        return 10 // d
    return divdown(n - 1, d)
try:
    divdown(50, 0)
except ZeroDivisionError as e:
    print("ZDE", e)
print(divdown(50, 3))
def neg_shift(n):
    if n == 0:
        return 1 >> -1
    return neg_shift(n - 1)
try:
    neg_shift(10)
except ValueError as e:
    print("VE", e)
def unbound(n):
    if n > 5:
        y = 1
    if n == 0:
        return y
    return unbound(n - 1)
try:
    unbound(8)
except UnboundLocalError as e:
    print("ULE", e)
def ack(m, n):
    while m:
        if n == 0:
            n = 1
        else:
            n = ack(m, n - 1)
        m -= 1
    return n + 1
print(ack(2, 5))
sys.setrecursionlimit(120)
for n in [115, 116, 117, 118, 119]:
    try:
        print(n, down(n))
    except RecursionError:
        print(n, "RE")
sys.setrecursionlimit(1000)
print(down(900), fib(15))
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(collatz_len(i) for i in range(1, 300)))
def huge(n):
    return n * n * n * n * n if n < 2 ** 20 else huge(n // 2)
print(huge(10 ** 5), huge(2 ** 40))
print(down(True), fib(False))
