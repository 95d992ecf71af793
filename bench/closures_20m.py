# Measures: creating 20 million closures, each over a fresh cell, keeping only the last
# (the collector must keep the heap small however long the loop runs).


def make(i):
    def get():
        return i

    return get


def main():
    last = make(-1)
    for i in range(20_000_000):
        last = make(i)
    print(last(), last.__closure__[0].cell_contents)


main()
