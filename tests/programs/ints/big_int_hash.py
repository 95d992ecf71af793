# hash() of big ints: CPython's value modulo 2**61 - 1 with the sign kept, -1 mapped to -2,
# equal to the hash of an equal float, and consistent as dict and set keys.
M = 2**61 - 1
for v in (M, M + 1, M - 1, 2 * M, 2 * M - 1, 2**64, 2**64 + 5, 10**30, 3**200, M**5 + 7, -M, -(M + 1), -(M + 2), -(2 * M + 1), -(10**30), -(3**200)):
    print(hash(v), hash(v) == hash(-v) * -1 or hash(-v) == -2)
for e in (61, 62, 63, 64, 70, 100, 500, 1000):
    print(e, hash(2**e), hash(2**e) == hash(float(2**e)), hash(-(2**e)) == hash(-float(2**e)))
keys = {3**100: "a", -(3**100): "b", 2**64: "c"}
print(keys[3**100], keys[-(3**100)], keys[2**63 * 2], 3**100 + 1 - 1 in keys, len({2**64, 2**64 + 0, 4**32}))
