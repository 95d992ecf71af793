# The module-level functions of random, seeded with ints, strs, bytes and floats, must draw
# CPython's exact numbers.
import random

SEEDS = [0, 1, 7, 42, 12345, -42, 2**32, 2**70 + 3, -(2**100), "hello", "", "ünïcode",
         b"bytes", bytearray(b"ba"), 3.25, -1.5, True]

for seed in SEEDS:
    random.seed(seed)
    print(repr(seed))
    print("  random", [random.random() for _ in range(3)])
    print("  randint", [random.randint(1, 6) for _ in range(10)])
    print("  randrange", random.randrange(10), random.randrange(5, 500), random.randrange(0, 1000, 7),
          random.randrange(100, 0, -3), random.randrange(-50, 50, 4))
    print("  big", random.randrange(10**30), random.randint(-10**20, 10**20))
    print("  getrandbits", [random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 100)])
    print("  randbytes", random.randbytes(7), random.randbytes(0))
    print("  choice", random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))

# Drawing a deck and dice: a simulation as a program would write it.
random.seed(2024)
suits = "SHDC"
ranks = "A23456789TJQK"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for hand in hands:
    print(" ".join(hand))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(200)]
counts = {total: rolls.count(total) for total in range(2, 13)}
print(counts)

# A random walk.
random.seed(99)
position = 0
path = []
for _ in range(30):
    position += random.choice((-1, 1))
    path.append(position)
print(path)
