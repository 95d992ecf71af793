# Pure integer functions (recursion, loops) that closc may run over machine integers: results
# must be CPython's exactly, including overflow into big ints, floor division and modulo of
# negative numbers, shifts, errors raised deep in the recursion, rebinding the function's
# name, and arguments or results that are not small ints.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)], fib(21))


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


print(fact(5), fact(20), fact(21), fact(30))
print(fact(10))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd(-48, 18), gcd(48, -18), gcd(0, 0), gcd(2**61, 2**40))


def divmods(a, b, depth):
    if depth == 0:
        return a // b * 1000 + a % b
    return divmods(a, b, depth - 1)


for a in (7, -7, 0, 6, -6):
    for b in (2, -2, 3, -3, 1, -1):
        print(a, b, divmods(a, b, 2), a // b, a % b)


def shifts(a, b, depth):
    if depth == 0:
        return (a << b) + (a >> b) + (a & b) + (a | b) + (a ^ b) + ~a + -b
    return shifts(a, b, depth - 1)


print(shifts(5, 3, 2), shifts(-5, 3, 2), shifts(1, 62, 1), shifts(3, 70, 1), shifts(-1, 100, 1))
print(shifts(2**40, 30, 1))


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


print(collatz_steps(27), collatz_steps(97), collatz_steps(1), collatz_steps(2**62 + 1))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann(3, 3))


def is_small(n):
    if n < 0:
        return is_small(-n)
    return n < 10


print(is_small(5), is_small(-50), is_small(3))


def maybe_none(n):
    if n > 3:
        return maybe_none(n - 1)
    if n == 2:
        return None
    return n


print(maybe_none(10), maybe_none(5))


def late_local(n):
    if n > 0:
        return late_local(n - 1)
    if n < -5:
        value = 1
    return value


print(late_local(-10))
try:
    late_local(3)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


print(deep(900))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(3000)
print(deep(2500))
print(fib(20))


def halve_down(n, d):
    if n == 0:
        return n // d
    return halve_down(n - 1, d)


print(halve_down(3, 2), halve_down(2, -1))
try:
    halve_down(3, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(shifts(1, -1, 2))
except ValueError as e:
    print("ValueError", e)

print(fib(True), fib(False), fact(True))
print(fib(10.0) if False else "skip float")
try:
    fib("x")
except TypeError as e:
    print("TypeError", e)


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


saved = count
print(count(50))


def count(n):
    return -1


print(saved(50))
count = saved
print(count(50))


def big_loop(n):
    total = 0
    i = 0
    while i < n:
        total = total + i * i * i * i * i
        i += 1
    return total


print(big_loop(100), big_loop(8000))


def mixed(n):
    return mixed(n - 1) + 1 if n > 0 else -4611686018427387904


print(mixed(0), mixed(1), mixed(3))


def negate_down(n):
    if n == 0:
        return -(-9223372036854775807 - 1 + 0 * n)
    return negate_down(n - 1)


print(negate_down(2))
print(fib(24))


def loop_rec(n):
    total = 0
    i = 0
    while i < n:
        if i == 4:
            break
        total += loop_rec(i)
        i += 1
    else:
        total += 100
    return total + 1


print([loop_rec(k) for k in range(7)])


def unbound_inside(n):
    if n > 2:
        return unbound_inside(n - 1) + unbound_inside(n - 2)
    if n == 1:
        late = 5
    return late


try:
    print(unbound_inside(6))
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print(tak(18, 12, 6))


def grows(n):
    if n == 0:
        return 1
    return grows(n - 1) * 3 + grows(n - 1) % 7


print(grows(12), grows(17))
