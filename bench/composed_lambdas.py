# Measures: calls through a chain of lambdas built by a closure-returning compose.


def compose(f, g):
    return lambda x: f(g(x))


def main():
    steps = [
        lambda x: x + 1,
        lambda x: x * 3,
        lambda x: x % 1_000_003,
        lambda x: x - 7,
        lambda x: x ^ 0x5A5A,
    ]
    pipeline = lambda x: x
    for step in steps:
        pipeline = compose(step, pipeline)
    total = 0
    for i in range(2_000_000):
        total = pipeline(total + i)
    print(total)


main()
