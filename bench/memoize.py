# Measures: memoizing closures over a dict (int and tuple keys), mostly cache hits.


def memoize(f):
    cache = {}

    def lookup(n):
        if n in cache:
            return cache[n]
        result = f(n)
        cache[n] = result
        return result

    return lookup


def memoize2(f):
    cache = {}

    def lookup(a, b):
        key = (a, b)
        if key in cache:
            return cache[key]
        result = f(a, b)
        cache[key] = result
        return result

    return lookup


def make_collatz_length():
    @memoize
    def collatz_length(n):
        if n == 1:
            return 1
        if n % 2 == 0:
            return 1 + collatz_length(n // 2)
        return 1 + collatz_length(3 * n + 1)

    return collatz_length


@memoize2
def lattice_paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return (lattice_paths(rows - 1, cols) + lattice_paths(rows, cols - 1)) % 1_000_000_007


def main():
    checksum = 0
    for attempt in range(6):
        collatz_length = make_collatz_length()
        longest = 0
        for n in range(1, 100_000 + attempt * 10_000):
            longest = max(longest, collatz_length(n))
        checksum = checksum * 1000 + longest
    paths = 0
    for i in range(400):
        for j in range(400):
            paths = (paths + lattice_paths(i, j)) % 1_000_000_007
    print(checksum, paths)


main()
