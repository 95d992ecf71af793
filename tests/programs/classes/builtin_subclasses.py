class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s[0], s[1:3], type(s).__name__, isinstance(s, list))
s += [5]
print(type(s).__name__, s, sum(s), sorted(s, reverse=True), list(s), 3 in s)
s.label = "mine"
print(s.label, vars(s), s == [1, 2, 3, 4, 5], [1, 2, 3, 4, 5] == s)
for x in s:
    print(x, end=" ")
print()


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, k):
        self[k] = self[k] + 1


c = Counter()
for w in "a b a c a".split():
    c.add(w)
print(c, c["zzz"], sorted(c.items()), len(c), dict(c), isinstance(c, dict))


class Celsius(float):
    def __new__(cls, value):
        return super().__new__(cls, value + 0.5)

    def __repr__(self):
        return f"Celsius({float(self)})"


t = Celsius(20)
print(t, t + 1, t * 2, type(t + 1).__name__, t > 20, round(t))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("bob")
print(n, n.shout(), len(n), n + "by", n == "bob", hash(n) == hash("bob"), {"bob": 1}[n], f"{n:>5}|")


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p).__name__)


class Mode(int):
    pass


m = Mode(3)
print(m, m + 1, m * 2, range(m), [0] * m, m == 3, hash(m) == hash(3))


class Ordered(list):
    def __init__(self, items):
        super().__init__(sorted(items))


print(Ordered([3, 1, 2]))
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
try:
    class LD(list, dict):
        pass
except TypeError as e:
    print(e)


class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__["created"] = True

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)


ad = AttrDict(a=1, b=2)
print(ad.a, ad.b, ad, ad.created, list(ad.keys()), ad.get("c", 3))
try:
    ad.missing
except AttributeError as e:
    print("AttributeError:", e)


class Loud(list):
    def append(self, x):
        print("appending", x)
        super().append(x)

    def __len__(self):
        return super().__len__() * 10


lo = Loud()
lo.append(1)
lo.extend([2, 3])
print(lo, len(lo), bool(lo), type(lo[:1]).__name__)


class Tagged(set):
    pass


ts = Tagged([3, 1, 2])
print(sorted(ts), 2 in ts, type(ts | {9}).__name__, len(ts))
words = [Name("x"), Name("y")]
print("-".join(words), sorted([Name("b"), Name("a")]))
