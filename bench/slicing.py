# Measures: list slicing, slice assignment and unpacking (permutation flips, merge sort, rotations).

import sys


def fannkuch(n):
    """The maximum number of pancake flips over all permutations of range(n), and a checksum."""
    permutation = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        flips = 0
        current = permutation[:]
        first = current[0]
        while first:
            current[: first + 1] = current[first::-1]
            flips += 1
            first = current[0]
        max_flips = max(max_flips, flips)
        checksum += sign * flips
        sign = -sign
        while True:
            if r == n:
                return max_flips, checksum
            head, *rest = permutation[: r + 1]
            permutation[: r + 1] = [*rest, head]
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def merge_sort(values):
    if len(values) <= 1:
        return values
    middle = len(values) // 2
    left, right = merge_sort(values[:middle]), merge_sort(values[middle:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged += left[i:]
    merged += right[j:]
    return merged


def rotations(values, rounds):
    total = 0
    for k in range(rounds):
        shift = k % len(values)
        rotated = values[shift:] + values[:shift]
        first, second, *middle, last = rotated
        total += first * 3 + second - last + len(middle)
        evens, odds = rotated[::2], rotated[1::2]
        total += evens[-1] - odds[0]
        rotated[1:4] = rotated[-3:]
        total += sum(rotated[:5])
    return total


def main(n, sort_size, rounds):
    print("fannkuch", n, fannkuch(n))
    values = [(i * 7919) % 10007 for i in range(sort_size)]
    ordered = merge_sort(values)
    print("sorted", ordered[:5], ordered[-3:], ordered == sorted(values))
    print("rotations", rotations(values[:64], rounds))
    pairs = list(zip(values[::2], values[1::2]))
    swapped = [(b, a) for a, b in pairs]
    print("pairs", sum(a - b for a, b in swapped[:1000]), swapped[-1])


# The benchmark's sizes, or smaller ones given as arguments (the test suite's, in
# tests/programs/bench/slicing.args).
main(*[int(arg) for arg in sys.argv[1:]] or [8, 100_000, 150_000])
