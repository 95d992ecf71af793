# Pure integer functions looping over range(...), which closc may run over machine integers:
# empty and negative ranges, huge steps, a zero step, a module global that shadows range,
# the loop variable after the loop, and products that overflow into big ints.
def sum_squares(n):
    t = 0
    for i in range(n):
        t += i * i
    return t


def primes_below(n):
    count = 0
    for k in range(2, n):
        for d in range(2, k):
            if d * d > k:
                count += 1
                break
            if k % d == 0:
                break
        else:
            count += 1
    return count


def stepped(a, b, c):
    t = 0
    for i in range(a, b, c):
        t = t * 3 + i
    return t


def uses_range_global(n):
    t = 0
    for i in range(n):
        t += i
    return t


print(sum_squares(10), sum_squares(100000), sum_squares(0), sum_squares(-5))
print(primes_below(100), primes_below(20000))
print(stepped(0, 10, 3), stepped(10, 0, -3), stepped(5, 5, 1), stepped(-2**62, 2**62, 2**61))
print(stepped(-9223372036854775807, 9223372036854775807, 4611686018427387904))
try:
    stepped(1, 10, 0)
except ValueError as e:
    print("ValueError", e)
print(stepped(0, 100, 7), stepped(100, 0, -7))
print(sum_squares(3037000500))  if False else print("skip")
print(uses_range_global(10))


def range(*args):
    return [100, 200]


print(uses_range_global(10))
del range
print(uses_range_global(10))


def loop_var_after(n):
    for i in range(n):
        pass
    return i


print(loop_var_after(5))
try:
    loop_var_after(0)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def overflow_loop(n):
    t = 1
    for i in range(n):
        t = t * 7
    return t


print(overflow_loop(10), overflow_loop(30), overflow_loop(40))
