# Generator consumers in the runtime (set, in, join, extend, dict, starred unpacking, Counter)
# let the collector run while the generator allocates: results as CPython's, under stress too.
G = (len([i] * 100) for i in range(3000))
print(len(set(G)))
print(-1 in (len([i] * 100) for i in range(3000)))
print(len(''.join(str(len([i] * 100)) for i in range(3000))))
l = []
l.extend(len([i] * 100) for i in range(3000))
print(len(l))
d = dict((i, len([i] * 100)) for i in range(1000))
print(len(d))
a, *b = (len([i] * 100) for i in range(2000))
print(a, len(b))
import collections
print(len(collections.Counter(len([i] * 100) % 7 for i in range(3000))))
