# equality and hashing of bound methods and builtin methods
class C:
    def m(self):
        return 1
    def n(self):
        return 2
    @classmethod
    def k(cls):
        return 3
c, d = C(), C()
print(c.m == c.m, c.m != c.m, c.m == d.m, c.m == c.n, c.m is c.m)
print(hash(c.m) == hash(c.m), {c.m: 1}[c.m])
print(C.k == C.k, C.m == C.m, C.m is C.m)
a, b = [], []
print(a.append == a.append, a.append == b.append, a.append == a.extend, a.append != a.append)
print(hash(a.append) == hash(a.append), a.append in [a.append], {a.pop: 1}.get(a.pop))
print(str.upper is str.upper, str.upper == str.upper, str.upper in (len, str.upper))
print(list.append is list.append, dict.get == dict.get, str.upper == str.lower)
print(len == len, len is len, print == len, "".join == "".join, "".join == " ".join)
s = "abc"
print(s.upper == s.upper, (1).__add__ == (1).__add__)
print(sorted({str.upper: 1, str.lower: 2}.values()))
print(c.m == 1, a.append == None, str.upper != 5)
