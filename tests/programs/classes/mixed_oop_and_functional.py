# A mixed program over today's changes: __slots__ hierarchies, private attributes shadowed in
# subclasses, sorting with keys, pure int functions and loops, stdlib containers, partial.
import functools
from collections import namedtuple, deque, Counter, defaultdict

Point = namedtuple("Point", "x y")


class Shape:
    __slots__ = ("_name",)

    def __init__(self, name):
        self._name = name

    @property
    def name(self):
        return self._name

    def area(self):
        raise NotImplementedError


class Rect(Shape):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)

    def __hash__(self):
        return hash((self.w, self.h))


class Account:
    def __init__(self, owner, balance=0):
        self.__owner = owner
        self.__balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.__balance += amount
        return self

    @property
    def balance(self):
        return self.__balance

    def __repr__(self):
        return f"Account({self.__owner!r}, {self.__balance})"


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.__balance = "shadow"
        self.rate = rate


rects = [Rect(w, h) for w in range(1, 4) for h in range(3, 0, -1)]
print(sorted(rects, key=lambda r: (r.area(), r.w)))
print(len(set(rects)), Rect(1, 2) == Rect(1, 2), Rect(1, 2) != Rect(2, 1))
a = Account("ann").deposit(5).deposit(7)
print(a, a.balance, sorted(vars(a)))
s = Savings("bob", 0.5)
s.deposit(10)
print(s.balance, sorted(vars(s).items()))
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    Rect(1, 1).color = "red"
except AttributeError as e:
    print("AttributeError:", e)


@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


def tri(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(ways(30), tri(10**6), gcd(2**40 * 3, 2**35 * 9), tri(-3))
q = deque(range(5))
q.rotate(2)
counts = Counter("mississippi")
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(list(q), counts.most_common(2), dict(groups), Point(1, 2)._replace(y=5))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = functools.partial(lambda a, b: a + b, 1)
print(compose(inc, inc, abs)(-5), list(map(inc, range(3))), max(range(10), key=lambda v: -abs(v - 4)))
print(f"{tri(100):>10}|{-tri(3):<5}|{len('héllo')}|{min(3, -2)}|{abs(-7)}")
