# Measures: creating millions of closures (def and lambda), keeping only the last of each.


def make_adder(n):
    def add(x):
        return x + n

    return add


def make_scaler(factor, offset):
    return lambda x: x * factor + offset


def main():
    adder = make_adder(0)
    scaler = make_scaler(1, 0)
    checksum = 0
    for i in range(3_000_000):
        adder = make_adder(i)
        scaler = make_scaler(i % 10, i)
        if i % 1000 == 0:
            checksum = (checksum + adder(1) + scaler(2)) % 1_000_003
    print(adder(1), scaler(2), checksum)


main()
