# Deep trees of tuples (strs, floats, big ints) kept in a sliding window and replaced over
# time, so that old objects die and only major collections can free them; dict keys that
# are tuples outlive their trees; a generator keeps its own tuple across the rounds.
def tree(d, tag):
    if d == 0:
        return (tag, float(len(tag)) / 4, 10 ** 20 + len(tag), "leaf-" + tag)
    return (tree(d - 1, tag + "l"), tree(d - 1, tag + "r"), d * 2 ** 65)


def count(t):
    if len(t) == 4:
        return 1
    return count(t[0]) + count(t[1])


def leftmost(t):
    while len(t) == 3:
        t = t[0]
    return t


def walker(t):
    path = ()
    while len(t) == 3:
        path = path + (t[2] % 1000,)
        yield path
        t = t[1]
    yield t


window = []
index = {}
acc = 0
w = walker(tree(6, "w"))
steps = []
for r in range(40):
    t = tree(7, str(r))
    window.append(t)
    if len(window) > 3:
        gone = window.pop(0)
        index[(leftmost(gone)[0], r)] = leftmost(gone)[2]
    acc += count(window[0])
    junk = [str(r) * 1_500_000, [[i] for i in range(50)]]
    if r % 5 == 0:
        steps.append(next(w, None))
print(acc, leftmost(window[-1]), window[-2][1][1][2])
print(len(index), sorted(index.items())[:2], sum(index.values()) - len(index) * 10 ** 20)
print(steps)
