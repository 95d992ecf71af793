# Long-lived tuples holding lists, dicts and namedtuples that keep changing, tuple dict keys
# rebuilt over time, strs grown by concatenation in tuples, and generators holding tuples
# across collections: tuples must not become old while they reference mutable objects.
from collections import namedtuple

Point = namedtuple("Point", "x y label")

def pairs(n):
    # a generator that keeps a tuple alive across yields while the caller allocates
    held = tuple("g" + str(i) * 3 for i in range(n))
    for i in range(n):
        yield held[i], (held, i * 0.5)

def build(n):
    s = ""
    parts = []
    for i in range(n):
        s += chr(97 + i % 26) * 11          # grows a shared str buffer
        parts.append((s, len(s), 2 ** (64 + i)))
    return tuple(parts)

strs = build(40)
table = {}
for i in range(60):
    key = ("key", i, float(i) / 3, str(i) * 5, 10 ** 25 * i)
    table[key] = [i]
mixed = tuple(([i], {"n": i}, Point(i, -i, "p" + str(i))) for i in range(30))
gens = [pairs(8) for _ in range(5)]
log = []
for rnd in range(12):
    garbage = [(str(j) + "/" + str(rnd), j * 1.25, -j) for j in range(150)]
    for _ in range(80):
        garbage = [(str(j) + "/" + str(rnd), j * 1.25, -j) for j in range(150)]
    for lst, dct, pt in mixed:
        lst.append((rnd, str(rnd) * 2))
        dct["r" + str(rnd)] = (pt.label + "!", rnd * 0.125)
    for key in list(table)[rnd::12]:
        table[key].append(key[3][:2] + str(rnd))
    g = gens[rnd % 5]
    try:
        item, (held, half) = next(g)
        log.append(item + ":" + str(half) + ":" + held[-1])
    except StopIteration:
        log.append("done")
    strs = strs[1:] + ((strs[0][0] + "#", strs[0][1] + 1, strs[0][2] * 3),)
    if rnd % 4 == 3:
        # replace part of the long-lived structure
        table = {k[:2] + (k[2] * 2,) + k[3:]: v for k, v in table.items()}
    print(rnd, len(garbage), garbage[-1], log[-1])

print(sum(len(l) for l, _, _ in mixed), mixed[7][0][-1], sorted(mixed[29][1].items())[-1])
print(mixed[3][2], mixed[3][2]._replace(label="q"), mixed[3][2] == (3, -3, "p3"))
print(len(table), sorted(table.items())[5])
found = table[("key", 7, 7 / 3 * 8, "77777", 7 * 10 ** 25)]
print(found)
print([(s[:5], n, b % 1000) for s, n, b in strs[-3:]], len(strs[-1][0]))
print(log)
