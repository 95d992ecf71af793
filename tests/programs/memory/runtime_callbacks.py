# Python code called back by the runtime while the runtime holds values of its own:
# sorted/min/max/list.sort with key=, map/filter/zip driving functions, class
# instantiation, dunders called by dicts, sets, sorting and repr. Every callback allocates,
# so that collections happen inside them.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        junk = [str(i) for i in range(3)]
        return hash(self.v) + len(junk) - 3

    def __eq__(self, other):
        junk = (self.v, [self.v] * 3)
        return isinstance(other, Key) and junk[0] == other.v

    def __lt__(self, other):
        junk = {self.v: [1, 2, 3]}
        return junk.popitem()[0] < other.v

    def __repr__(self):
        return "Key(" + "x" * 2 + str(self.v) + ")"


class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1) for _ in range(2)] if depth else []
        self.label = str(depth) * 3


def count(t):
    n = 1
    for k in t.kids:
        n += count(k)
    return n


def noisy_key(x):
    garbage = [str(x)] * 10
    return (x % 7, -x, "k" + garbage[0])


def main():
    data = [(i * 7919) % 1000 for i in range(1000)]
    print(sorted(data, key=noisy_key)[:8])
    print(sorted(data, key=noisy_key, reverse=True)[:8])
    words = [str(x) + "w" for x in data]
    words.sort(key=lambda s: (len(s), s[::-1]))
    print(words[:4], words[-4:])
    print(min(data, key=noisy_key), max(data, key=lambda x: [x % 13, str(x)]))

    squares = list(map(lambda x: [x, x * x, str(x)], range(1000)))
    print(len(squares), squares[-1])
    pairs = list(zip(map(str, range(700)), map(lambda x: (x,), range(700))))
    print(pairs[699])
    evens = list(filter(lambda s: int(s) % 2 == 0, map(str, range(1000))))
    print(len(evens), evens[-3:])
    print(sum(map(lambda x: len([x] * (x % 5)), range(1500))))
    print(tuple(map(lambda x: "t" + str(x), range(1000)))[-1])
    print("".join(map(lambda x: str(x % 10), range(700)))[-20:])
    print(dict(map(lambda x: (str(x), [x]), range(200)))["199"])
    total = 0
    for item in map(lambda x: [x] * 3, range(1500)):
        total += item[2]
    for a, b in zip(map(str, range(1000)), map(lambda x: (x, x), range(1000))):
        total += len(a) + b[1]
    for i, w in enumerate(filter(lambda s: s.endswith("7w"), words)):
        total += i + len(w)
    print("total", total)

    d = {}
    for i in range(700):
        d[Key(i % 500)] = [i]
    print(len(d), d[Key(7)])
    s = set(Key(i % 300) for i in range(700))
    print(len(s), Key(299) in s, Key(300) in s)
    print(sorted([Key(i % 50) for i in range(200)])[:4])
    print(sorted(d, key=lambda k: -k.v)[:3])
    print(repr([Key(1), (Key(2), {Key(3): Key(4)})]))

    t = Tree(8)
    print(count(t), t.kids[0].kids[1].label)

    errors = []
    for i in range(700):
        try:
            raise ValueError("bad %d" % i, [i])
        except ValueError as e:
            if i % 500 == 0:
                errors.append(e)
    print([e.args for e in errors])


main()
