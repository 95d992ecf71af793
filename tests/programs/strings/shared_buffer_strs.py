# Strs built by repeated += share a growing buffer: each prefix must stay intact, hash and
# compare like any str, work as dict keys (deleted and re-added), and survive collections.

import gc

s = ""
prefixes = []
for i in range(400):
    s += "é☃" if i % 50 == 0 else "ab"
    if i % 97 == 0:
        prefixes.append(s)
branch = prefixes[2] + "X"
prefixes[2] += "Y"
gc.collect()
print(len(s), [len(p) for p in prefixes], branch[-3:], prefixes[2][-3:])
print(s.startswith(prefixes[3]), prefixes[1] < prefixes[2], s[:len(prefixes[1])] == prefixes[1])

d = {}
for p in prefixes:
    d[p] = len(p)
built = "".join(["é☃"] + ["ab"] * 49 + ["é☃"] + ["ab"] * 47)
print(d.get(built), built == prefixes[1], hash(built) == hash(prefixes[1]))
del d[prefixes[1]]
print(built in d, len(d))
d[built] = "again"
print(d[prefixes[1]], list(d.values())[-1])

class Key(str):
    def __hash__(self):
        return str.__hash__(self)
    def __eq__(self, other):
        return str.__eq__(self, other)

k = Key(prefixes[0])
d[k] = "subclass key"
print(d[prefixes[0]], type(list(d)[0]).__name__, len(d))
print(s.upper()[:10], s.lower()[-6:], s.split("é")[1][:4], s.count("ab"), s.find("☃", 10))
