# Measures: a closure that updates a nonlocal accumulator, called millions of times.


def make_accumulator():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


def main():
    accumulate = make_accumulator()
    checksum = 0
    for i in range(10_000_000):
        checksum = (checksum + accumulate(i % 7)) % 1_000_003
    print(accumulate(0), checksum)


main()
