# Measures: generator functions chained into pipelines, generator expressions, yield from.

import sys


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def scaled(values, factor):
    for value in values:
        yield value * factor % 1009


def windows(values, size):
    window = []
    for value in values:
        window.append(value)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def flatten(groups):
    for group in groups:
        yield from group


def running_total(values):
    total = 0
    for value in values:
        total += value
        yield total


def take_every(values, step):
    for index, value in enumerate(values):
        if index % step == 0:
            yield value


def queens(n, row=0, placed=()):
    """Every placement of n queens, one per row, as a tuple of columns."""
    if row == n:
        yield placed
        return
    for column in range(n):
        if all(column != c and abs(column - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, row + 1, placed + (column,))


def pipeline(limit):
    stage = scaled(numbers(limit), 7)
    stage = windows(stage, 3)
    stage = (a + b - c for a, b, c in stage)
    stage = flatten((value, -value // 3) for value in stage)
    stage = take_every(running_total(stage), 5)
    return sum(value % 1000 for value in stage)


def main(limit, board):
    checksum = pipeline(limit)
    print("pipeline", checksum)
    solutions = list(queens(board))
    print("queens", len(solutions), solutions[0], solutions[-1])
    squares = sum(x * x for x in range(limit) if x % 3 == 1)
    print("squares", squares)
    pairs = max((a * b) % 997 for a in range(200) for b in range(a, 200))
    print("pairs", pairs)


# The benchmark's sizes, or smaller ones given as arguments (the test suite's, in
# tests/programs/bench/generators.args).
main(*[int(arg) for arg in sys.argv[1:]] or [1_500_000, 9])
