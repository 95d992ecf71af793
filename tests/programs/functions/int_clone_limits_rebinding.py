# Int clones (adversarial): recursion limits, rebinding the function's name, bool and float
# arguments.
import sys
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(20), fib(True), fib(False))
print(fib(90) if False else fib(25))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(20), fact(21), fact(25), fact(30))
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RE", e)
print(depth(900))
sys.setrecursionlimit(200)
try:
    print(depth(300))
except RecursionError as e:
    print("RE2", e)
print(depth(150))
sys.setrecursionlimit(5000)
print(depth(3000))
# rebinding
old = fib
def fib(n):
    return -n
print(old(10))
fib = lambda n: 1000
print(old(10))
class fib:
    def __init__(self, n): self.n = n
    def __radd__(self, o): return o
    def __add__(self, o): return 7
r = old(5)
print(type(r).__name__, r)
fib = old
print(fib(15))
# bools and floats and big
print(fact(True), fact(False), fact(3.0), fact(2**70 if False else 5))
def sq(n):
    return n * n
print(sq(2**40), sq(2**31), sq(3037000500), sq(-3037000500), sq(2**100), sq(1.5), sq(True))
def ret_bool(a, b):
    return a < b
print(ret_bool(1, 2), ret_bool(2, 1), type(ret_bool(1, 2)))
def ret_none(a):
    if a > 0:
        return a
print(ret_none(5), ret_none(-5))
def maybe(a):
    if a > 0:
        x = a
    return x
print(maybe(3))
try:
    maybe(-3)
except UnboundLocalError as e:
    print("ULE", e)
def even(n):
    if n == 0:
        return True
    return odd(n - 1)
def odd(n):
    if n == 0:
        return False
    return even(n - 1)
print(even(10), odd(7), even(7))
