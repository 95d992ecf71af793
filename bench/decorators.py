# Measures: calls through three stacked hand-written decorators (closures and a __call__ class).

call_counts = {}


def counted(name):
    def decorate(f):
        call_counts[name] = 0

        def wrapper(x):
            call_counts[name] += 1
            return f(x)

        return wrapper

    return decorate


def offset(k):
    def decorate(f):
        def wrapper(x):
            return f(x + k)

        return wrapper

    return decorate


class Clamped:
    def __init__(self, f, limit):
        self.f = f
        self.limit = limit

    def __call__(self, x):
        return min(self.f(x), self.limit)


def clamped(limit):
    return lambda f: Clamped(f, limit)


@counted("square")
@clamped(1_000_000)
@offset(3)
def square(x):
    return x * x


@counted("halve")
@offset(-1)
def halve(x):
    return x // 2


def main():
    total = 0
    for i in range(1_400_000):
        total = (total + square(i % 2000) + halve(i)) % 1_000_000_007
    print(total, call_counts["square"], call_counts["halve"])


main()
