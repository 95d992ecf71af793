# Set iteration order after many deletions: dummy slots are reused (the last one met
# before an unused slot), skipped by lookups, and purged by resizes.


def churn_ints():
    s = set(range(64))
    for i in range(0, 64, 3):
        s.discard(i)
    print(sorted(s) == [i for i in range(64) if i % 3], list(s))
    for i in range(0, 64, 6):
        s.add(i)
    print(list(s))
    for i in range(200):
        k = (i * 37) % 150
        if k in s:
            s.remove(k)
        else:
            s.add(k)
    print(len(s), list(s))


def colliding_ints():
    # Keys sharing low bits land in the same run and the ones after it.
    s = set()
    for i in range(40):
        s.add(i * 64)
    for i in range(0, 40, 2):
        s.discard(i * 64)
    print(list(s))
    s.add(0)
    s.add(2 * 64)
    s.add(1000 * 64)
    print(list(s))
    print(64 * 38 in s, 64 * 39 in s, 64 * 1001 in s)


def churn_strs():
    words = ["w%d" % i for i in range(100)]
    s = set(words)
    for w in words[::2]:
        s.discard(w)
    for w in words[::5]:
        s.add(w)
    print(len(s), sorted(s) == sorted(set(words[1::2]) | set(words[::5])))
    print("w10" in s, "w12" in s, "w13" in s)


def pops():
    s = set(range(20))
    popped = [s.pop() for _ in range(7)]
    print(popped, list(s))
    s.update(range(100, 110))
    print([s.pop() for _ in range(5)], list(s))
    s.add(0)
    s.add(1)
    print(list(s))


def equal_hashes():
    print(hash(-1) == hash(-2))
    s = {-1, -2, 5}
    s.discard(-1)
    print(s, -2 in s, -1 in s)
    s.add(-1)
    print(s)
    t = {0, 1}
    t.add(0.0)
    t.add(False)
    print(t, 0.0 in t, False in t)
    t.discard(False)
    print(t)
    t.add(0.0)
    print(t, [type(x).__name__ for x in t])
    print({1, 1.0, True}, {True, 1.0, 1})


class Key:
    def __init__(self, n, h):
        self.n = n
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Key) and self.n == other.n

    def __repr__(self):
        return "K%d" % self.n


class Mutator:
    victim = None
    calls = 0

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        Mutator.calls += 1
        if Mutator.victim is not None and Mutator.calls < 4:
            Mutator.victim.add(Key(100 + Mutator.calls, 7))
            Mutator.victim.discard(Mutator.calls)
        return isinstance(other, Mutator) and self.n == other.n

    def __repr__(self):
        return "M%d" % self.n


def user_keys():
    s = set()
    for i in range(12):
        s.add(Key(i, i % 3))
    for i in range(0, 12, 4):
        s.discard(Key(i, i % 3))
    print(list(s), Key(4, 1) in s, Key(5, 2) in s)
    s.add(Key(4, 1))
    print(list(s))


def mutating_eq():
    s = {Mutator(1), Mutator(2), 1, 2, 3}
    Mutator.victim = s
    Mutator.calls = 0
    print(Mutator(2) in s, Mutator.calls)
    print(sorted(repr(x) for x in s))
    Mutator.calls = 0
    s.add(Mutator(9))
    print(sorted(repr(x) for x in s))
    Mutator.calls = 0
    s.discard(Mutator(1))
    print(sorted(repr(x) for x in s))
    Mutator.victim = None


class Sneaky:
    """Equal to any Sneaky with the same n; each comparison runs `action` first."""

    log = []
    action = None

    def __init__(self, n, h=3):
        self.n = n
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        Sneaky.log.append((self.n, getattr(other, "n", other)))
        if Sneaky.action is not None:
            act, Sneaky.action = Sneaky.action, None
            act()
        return isinstance(other, Sneaky) and self.n == other.n

    def __repr__(self):
        return "S%d" % self.n


def sneaky_case(title, keys, action, probe):
    s = set(keys)
    Sneaky.log = []
    Sneaky.action = lambda: action(s)
    result = probe(s)
    print(title, result, Sneaky.log, sorted(repr(x) for x in s if isinstance(x, Sneaky)), len(s))


def mutating_probes():
    a, b, c = Sneaky(1), Sneaky(2), Sneaky(3)
    # The compared key is removed: the search starts over.
    sneaky_case("remove compared", [a, b], lambda s: s.discard(a), lambda s: Sneaky(2) in s)
    sneaky_case("remove compared, add", [a, b], lambda s: s.discard(a), lambda s: s.add(Sneaky(1)))
    # A key lands later in the same run: the search sees it without starting over.
    sneaky_case("add later", [a], lambda s: s.add(Sneaky(5)), lambda s: Sneaky(5) in s)
    sneaky_case("add later, add", [a], lambda s: s.add(Sneaky(5)), lambda s: s.add(Sneaky(5)))
    # A resize replaces the table: the search starts over.
    sneaky_case("resize", [a, b], lambda s: s.update(range(100)), lambda s: Sneaky(2) in s)
    sneaky_case("resize, discard", [a, b, c], lambda s: s.update(range(100)), lambda s: s.discard(Sneaky(3)))
    # An unrelated removal leaves the search going.
    sneaky_case("remove other", [a, b, 3], lambda s: s.discard(3), lambda s: Sneaky(9) in s)
    sneaky_case("clear", [a, b], lambda s: s.clear(), lambda s: s.add(Sneaky(2)))
    # Equal although the set changed: adding trusts it, a lookup starts over.
    sneaky_case("equal, changed, add", [a, b], lambda s: s.discard(a), lambda s: s.add(Sneaky(1)))
    sneaky_case("equal, changed, in", [a, b], lambda s: s.discard(a), lambda s: Sneaky(1) in s)
    # A dummy passed before the comparison is still the one reused.
    s = {Sneaky(i, 3 + 8 * i) for i in range(4)}
    s.discard(Sneaky(0, 3))
    Sneaky.log = []
    s.add(Sneaky(7, 3 + 8 * 2))
    print(sorted(map(repr, s)), len(s), Sneaky.log)


def operations():
    a = set(range(0, 60, 2))
    b = set(range(0, 60, 3))
    for i in range(0, 60, 4):
        a.discard(i)
    print(a | b)
    print(a & b)
    print(a - b)
    print(a ^ b)
    c = a.copy()
    c.update(range(100, 120, 3))
    print(c)
    c.difference_update(range(0, 30))
    print(c)
    c.intersection_update(set(range(40, 200)))
    print(c)
    c.symmetric_difference_update({41, 42, 43, 103, 500})
    print(c)
    f = frozenset(a)
    print(f, f | b, frozenset(c) & f)
    print(hash(frozenset(a)) == hash(frozenset(sorted(a))))
    d = set()
    d |= a
    d -= b
    print(d)
    d.clear()
    d.add(5)
    print(d, d.pop(), d)


def big_churn():
    s = set(range(1000))
    hits = 0
    for i in range(30000):
        k = (i * 7919) % 5000
        if k in s:
            s.discard(k)
            hits += 1
        else:
            s.add(k)
        if (i & 1023) == 0:
            s.add(i % 1000)
    print(len(s), hits)
    print(list(s)[:40])
    print(list(s)[-40:])
    # str hashes vary between CPython runs: only the contents are printed.
    t = {str(k) for k in s}
    for k in s:
        if k % 3 == 0:
            t.remove(str(k))
    for k in range(0, 5000, 7):
        t.add(str(k))
    print(len(t), sorted(t, key=int)[:30], "21" in t, "22" in t)


churn_ints()
colliding_ints()
churn_strs()
pops()
equal_hashes()
user_keys()
mutating_eq()
mutating_probes()
operations()
big_churn()
