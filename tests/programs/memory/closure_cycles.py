# Cycles through closures: objects that refer to each other only through cells and
# closure tuples. Each round's cycle becomes garbage when the next round starts.


def make_pair(n):
    def ping(k):
        if k == 0:
            return n
        return pong(k - 1)

    def pong(k):
        if k == 0:
            return -n
        return ping(k - 1)

    return ping, pong


def make_ring(size):
    # A ring of closures, each calling the next through a shared list held in a cell.
    ring = []

    def node(i):
        def step(depth):
            if depth == 0:
                return i
            return ring[(i + 1) % size](depth - 1)

        return step

    for i in range(size):
        ring.append(node(i))
    return ring[0]


def main():
    total = 0
    for round_ in range(8000):
        ping, pong = make_pair(round_)
        total += ping(round_ % 7) + pong(round_ % 5)
        if round_ % 100 == 0:
            start = make_ring(5 + round_ % 11)
            total += start(round_ % 23)
    print("total", total)
    ping, pong = make_pair(42)
    print(ping(3), pong(3), ping(4), pong(4))
    print([cell.cell_contents is ping for cell in pong.__closure__])
    print(sorted(pong.__code__.co_freevars))


main()
