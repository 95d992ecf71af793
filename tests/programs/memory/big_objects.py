# Objects that own memory outside the heap (list buffers, dict and set tables, big ints),
# large tuples and strings, and strs built by repeated concatenation: made and dropped
# many times, so collections must free them and their buffers.


def churn_lists(rounds):
    total = 0
    for r in range(rounds):
        big = [r] * 20000
        big.append(r)
        total += len(big) + big[-1]
    return total


def churn_dicts(rounds):
    total = 0
    for r in range(rounds):
        d = {i: str(i) for i in range(300)}
        s = set(range(r % 50, r % 50 + 300))
        total += len(d) + len(s) + len(d[r % 300])
    return total


def churn_big_ints(rounds):
    x = 0
    for r in range(rounds):
        b = (7 ** (200 + r % 50)) * (r + 1)
        x = (x + b) % (10 ** 40 + 7)
    return x


def churn_large(rounds):
    total = 0
    for r in range(rounds):
        t = tuple(range(r % 7, 3000 + r % 7))
        s = "ab" * (5000 + r % 13)
        total += t[-1] + len(s)
    return total


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def main():
    print(churn_lists(150))
    print(churn_dicts(100))
    print(churn_big_ints(1000))
    print(churn_large(150))
    s = concat(10000)
    print(len(s), s[-12:])
    parts = []
    for i in range(200):
        parts.append(concat(100 + i))
    print(sum(len(p) for p in parts), parts[-1][-5:])
    keep = [[i] * 100 for i in range(100)]
    for _ in range(20):
        churn_lists(10)
    print(sum(len(k) for k in keep), keep[99][0])


main()
