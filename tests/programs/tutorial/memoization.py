# Tutorial: memoization with a closure over a dict.
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        result = fn(n)
        cache[n] = result
        return result
    return wrapper

# The cache is the wrapper's first cell: its freevars are ('cache', 'fn').
def cache_size(wrapper):
    return len(wrapper.__closure__[0].cell_contents)

calls = 0

@memoize
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30), calls, cache_size(fib))
print(fib(100), calls, cache_size(fib))
print(fib(50), calls)

# The cache lives in the closure; it is reachable through the cell.
cache = fib.__closure__[0].cell_contents
print(type(cache).__name__, cache[10], list(cache)[:5])

# A memoizer for functions of several arguments, keyed by the argument tuple.
def memoize_args(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return wrapper

@memoize_args
def paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)

print(paths(2, 2), paths(10, 10), paths(16, 16))
print(len(paths.__closure__[0].cell_contents))

# Without memoization the same computation repeats.
count = [0]
def slow_fib(n):
    count[0] += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(20), count[0])
