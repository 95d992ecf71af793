# collections churn: deque, defaultdict, Counter, namedtuple, OrderedDict
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
d = deque(maxlen=50)
for i in range(3000):
    d.append([i, str(i)])
    if i % 7 == 0:
        d.appendleft((i,))
    if i % 11 == 0 and d:
        d.pop()
print(len(d), d[0], d[-1], d.maxlen)
d.rotate(13)
print(d[0], d[-1])
d2 = deque()
for i in range(2000):
    d2.append(i * i)
    if len(d2) > 100:
        d2.popleft()
print(sum(d2), len(d2))
dd = defaultdict(list)
for i in range(2000):
    dd[i % 37].append(str(i))
print(len(dd), dd[5][:3], sum(len(v) for v in dd.values()))
ddd = defaultdict(lambda: defaultdict(int))
for i in range(1000):
    ddd[i % 10][i % 7] += i
print(sorted((k, sorted(v.items())) for k, v in ddd.items())[3])
c = Counter()
for i in range(3000):
    c[i % 50] += 1
    c[str(i % 13)] += 2
print(c.most_common(3), c[5], c["7"], len(c))
c2 = Counter("abracadabra" * 50)
print(sorted(c2.items()), (c2 + Counter("zzz")).most_common(2))
P = namedtuple("P", ["x", "y", "z"])
pts = [P(i, i * 2, [i]) for i in range(1000)]
junk = [[j] for j in range(3000)]
print(pts[500], pts[3]._replace(x=99), pts[3]._asdict())
print(sum(p.x + p.y for p in pts), max(pts, key=lambda p: -p.y))
od = OrderedDict()
for i in range(1000):
    od[i % 60] = i
    if i % 5 == 0:
        od.move_to_end(i % 60, last=False)
print(list(od.items())[:5], len(od))
od.popitem()
od.popitem(last=False)
print(list(od.keys())[:5])
