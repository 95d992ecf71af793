# A generator stepped by itertools' iterators on behalf of runtime code (list(), sum()),
# or by the builtin next() or send(), may make much garbage before it yields: collections must
# still happen while it runs, so objects dropped early are finalized before the consumer
# returns (CPython frees them at once).
import itertools

finalized = 0


class Scratch:
    def __init__(self):
        self.buffer = [0] * 2000

    def __del__(self):
        global finalized
        finalized += 1


def producer(label):
    n = 0
    while True:
        Scratch()  # garbage at once
        n += 1
        if n % 1000 == 0:
            print(label, n, "some finalized:", finalized > 0)
        yield n


def run(label, consume):
    global finalized
    finalized = 0
    result = consume(producer(label))
    print(label, "result", result, "finalized during the run:", finalized > 0)


run("islice", lambda g: sum(itertools.islice(g, 3000)))
run("list", lambda g: len(list(itertools.islice(g, 3000))))
run("takewhile", lambda g: len(list(itertools.takewhile(lambda n: n <= 3000, g))))
run("chain", lambda g: len(list(itertools.chain([0], itertools.islice(g, 3000)))))
run("accumulate", lambda g: list(itertools.accumulate(itertools.islice(g, 3000)))[-1])
run("pairwise", lambda g: len(list(itertools.pairwise(itertools.islice(g, 3000)))))
run("compress", lambda g: len(list(itertools.compress(itertools.islice(g, 3000), itertools.cycle([1, 0])))))
run("filterfalse", lambda g: len(list(itertools.filterfalse(lambda n: n % 3, itertools.islice(g, 3000)))))
run("dropwhile", lambda g: len(list(itertools.dropwhile(lambda n: n < 10, itertools.islice(g, 3000)))))
run("starmap", lambda g: sum(itertools.starmap(lambda a, b: a - b, ((n, 1) for n in itertools.islice(g, 3000)))))
run("groupby", lambda g: len(list(itertools.groupby(itertools.islice(g, 3000), lambda n: n // 100))))


def one_big_step():
    for _ in range(3000):
        Scratch()
    yield finalized > 0


finalized = 0
print("next:", next(one_big_step()), next(iter(one_big_step())))


class Busy:
    def __iter__(self):
        return self

    def __next__(self):
        for _ in range(3000):
            Scratch()
        return finalized > 0


finalized = 0
print("next of an iterator class:", next(Busy()))


def sink():
    seen = []
    while True:
        count = yield seen
        for _ in range(count):
            Scratch()
        seen.append(finalized > 0)


finalized = 0
consumer = sink()
next(consumer)
consumer.send(1500)
print("send:", consumer.send(1500))
