# big ints, strings built in loops, dict/set churn, iteration-mutation errors
x = 1
for i in range(1, 400):
    x = x * i + (x >> 7)
print(x % (10**9 + 7), x.bit_length(), len(str(x)))
print(pow(3, 2000, 10**40 + 7), pow(-7, 301) % 1000003, (-x) // 12345 % 1000, (-x) % 99991)
big = 2 ** 20000
try:
    s = str(big)
except ValueError as e:
    print("ValueError", e)
print(len(hex(big)), big.bit_length(), (big - 1).bit_count())
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError", e)
print(int("7" * 4300) % 1000)
y = -(10 ** 100)
print(divmod(y, 7 ** 50), y >> 100, y << 3 == y * 8, abs(y) == -y)
s = ""
for i in range(3000):
    s += chr(97 + i % 26)
    if i % 100 == 0:
        s = s[1:]
print(len(s), s[:30], s.count("a"))
parts = []
for i in range(2000):
    parts.append(f"{i:04d}|{i * i:x}")
j = ",".join(parts)
print(len(j), j[-30:], j.split(",")[1234])
d = {}
for i in range(5000):
    d[i] = [i]
    if i % 3:
        del d[i - 1 if i - 1 in d else i]
print(len(d), sum(d), list(d)[:5])
for i in range(0, 5000, 2):
    d.pop(i, None)
d.update({k: k for k in range(100)})
print(len(d), list(d.items())[-3:])
st = set()
for i in range(5000):
    st.add(i * 7 % 1001)
    st.discard(i * 3 % 1001)
print(len(st), sorted(st)[:5])
try:
    for k in d:
        d[k + 100000] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in st:
        st.add(k + 5000)
except RuntimeError as e:
    print("RuntimeError", e)
dd = {i: i for i in range(10)}
try:
    for k in dd:
        del dd[k]
except RuntimeError as e:
    print("RuntimeError", e)
l = list(range(10))
for v in l:
    if v % 2 == 0:
        l.remove(v)
print(l)
keys = {(i, str(i)): [i] for i in range(1000)}
for i in range(0, 1000, 3):
    del keys[(i, str(i))]
print(len(keys), keys[(1, "1")], keys.get((3, "3"), "gone"))
print(str(x)[:20] if x.bit_length() < 10000 else "big")
fs = frozenset(range(100))
print(len({fs: 1, frozenset(range(100)): 2}), hash(fs) == hash(frozenset(reversed(range(100)))))
