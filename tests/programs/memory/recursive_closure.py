# A nested recursive function holds the cell that holds itself: the function, its closure
# tuple and the cell form a cycle, made afresh at every call of the outer function.


def counter_factory(limit):
    def count_down(n, acc):
        if n == 0:
            return acc
        return count_down(n - 1, acc + [n])

    return count_down(limit, [])


def fib_memo(n):
    memo = {}

    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r

    return fib(n)


def keep_some():
    kept = []
    for i in range(2000):
        def walk(k, i=i):
            return i if k == 0 else walk(k - 1)

        if i % 500 == 0:
            kept.append(walk)
    return [f(3) for f in kept]


def main():
    checksum = 0
    for i in range(2000):
        checksum += len(counter_factory(i % 12))
        checksum += fib_memo(20 + i % 15) % 1000
    print("checksum", checksum)
    print(keep_some())
    print(fib_memo(90))


main()
