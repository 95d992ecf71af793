# Random instances are independent of each other and of the module's generator;
# subclasses choose how _randbelow draws; SystemRandom has no state.
import random

a = random.Random(5)
b = random.Random(5)
random.seed(5)
print(a.random() == b.random() == random.random())
print([a.randint(0, 9) for _ in range(10)])
print([b.randint(0, 9) for _ in range(10)])
print([random.randint(0, 9) for _ in range(10)])
b.random()
print(a.random() == b.random())

c = random.Random("a seed")
print(c.random(), c.choice("xyz"))
c.seed(11)
print(c.random())
d = random.Random()
d.setstate(c.getstate())
print(d.random() == c.random())


class Fixed(random.Random):
    """A generator with only random(): _randbelow falls back to random()."""

    def random(self):
        return 0.75


f = Fixed()
print(f.randrange(10), f.choice("abcd"), f.uniform(0, 4), f.sample(range(10), 3))


class Counting(random.Random):
    """Counts the bits drawn, reusing the Mersenne Twister underneath."""

    def __init__(self, seed):
        self.bits = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.bits += k
        return super().getrandbits(k)


g = Counting(3)
print([g.randrange(1000) for _ in range(5)], g.bits)
print(isinstance(g, random.Random), type(g).__mro__[1:])

sr = random.SystemRandom()
x = sr.random()
print(0.0 <= x < 1.0, 0 <= sr.getrandbits(20) < 2**20, len(sr.randbytes(16)), 1 <= sr.randint(1, 3) <= 3)
print(sr.seed(1))
try:
    sr.getstate()
except NotImplementedError as e:
    print(e)

print(a.randrange(3, 3))
