# Many short-lived closures: each iteration makes cells and functions and drops them.


def make_adder(n):
    return lambda x: x + n


def make_counter():
    count = 0

    def incr(step=1):
        nonlocal count
        count += step
        return count

    return incr


def compose(f, g):
    return lambda x: f(g(x))


def main():
    total = 0
    for i in range(30000):
        add = make_adder(i)
        total += add(1)
        if i % 10 == 0:
            c = make_counter()
            c()
            total += c(i % 3)
        if i % 50 == 0:
            f = compose(make_adder(1), make_adder(2))
            total += f(i)
    print("total", total)
    adders = [make_adder(k) for k in range(10)]
    print([a(100) for a in adders])
    late = [lambda: k for k in range(3)]
    print([f() for f in late])


main()
