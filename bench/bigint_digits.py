# Measures: big-int arithmetic: a spigot for the digits of pi, the digits of e, factorials.

import sys


def pi_digits(count):
    """The first count decimal digits of pi, by Gibbons' unbounded spigot."""
    digits = []
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = (
                q * k,
                (2 * q + r) * l,
                t * l,
                k + 1,
                (q * (7 * k + 2) + r * l) // (t * l),
                l + 2,
            )
    return digits


def e_digits(count):
    """The first count decimal digits of e: the series sum of 1/k!, scaled by 10**(count+10)."""
    scale = 10 ** (count + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:count]


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def decimal_chunks(number, width):
    """The decimal digits of number in chunks of width digits, least significant first
    (avoiding str() of a huge int, which CPython limits to 4300 digits)."""
    base = 10**width
    chunks = []
    while number:
        number, chunk = divmod(number, base)
        chunks.append(chunk)
    return chunks


def digit_sum(number):
    return sum(sum(map(int, str(chunk))) for chunk in decimal_chunks(number, 50))


def main(pi_count, e_count, fact_n):
    pi = pi_digits(pi_count)
    print("pi", "".join(map(str, pi[:30])), sum(pi))
    e = e_digits(e_count)
    print("e", e[:30], sum(map(int, e)))
    f = factorial(fact_n)
    print("factorial", len(decimal_chunks(f, 50)), digit_sum(f), f % 1_000_000_007)
    fib_a, fib_b = 0, 1
    for _ in range(fact_n * 4):
        fib_a, fib_b = fib_b, fib_a + fib_b
    print("fibonacci", fib_a.bit_length(), fib_a % 998_244_353, bin(fib_a).count("1"))


# The benchmark's sizes, or smaller ones given as arguments (the test suite's, in
# tests/programs/bench/bigint_digits.args).
main(*[int(arg) for arg in sys.argv[1:]] or [4_000, 4_200, 5_000])
