# shuffle, sample (both of its strategies, counts=) and choices (weights, cum_weights).
import random

for seed in (3, 17, "sample"):
    random.seed(seed)
    items = list(range(25))
    random.shuffle(items)
    print(items)
    letters = list("abcdefghij")
    random.shuffle(letters)
    print("".join(letters))
    print(random.sample(range(100), 5))
    print(random.sample(range(10**6), 8))
    print(random.sample("abcdefghij", 10))
    print(random.sample(tuple(range(30)), 10))
    print(random.sample(range(10**9), 40)[:10])
    print(random.sample(["red", "blue"], counts=[4, 2], k=5))
    print(random.sample(range(50), k=0))
    print(random.choices("abc", k=6))
    print(random.choices([1, 2, 3], weights=[1, 5, 1], k=6))
    print(random.choices(["x", "y", "z"], [0.1, 0.2, 0.7], k=5))
    print(random.choices("xy", cum_weights=[1, 3], k=4))
    print(random.choices(range(5)))

# Errors.
attempts = [
    lambda: random.sample(range(3), 5),
    lambda: random.sample(range(3), -1),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.sample({"a": 1}, 1),
    lambda: random.sample([1, 2], k=1, counts=[1]),
    lambda: random.sample([1, 2], k=1, counts=[0, 0]),
    lambda: random.sample([1, 2], k=1, counts=[1.0, 2.0]),
    lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1], [0]),
    lambda: random.choices([1, 2], 3),
    lambda: random.choices([1, 2], weights=[1, 1], cum_weights=[1, 2]),
    lambda: random.choices([1], [float("inf")]),
    lambda: random.choice([]),
    lambda: random.choice(""),
    lambda: random.randrange(0),
    lambda: random.randrange(-3),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(5, 2),
    lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2),
    lambda: random.randrange(1, step=2),
    lambda: random.randint(5, 1),
    lambda: random.getrandbits(-1),
    lambda: random.getrandbits(2**31),
    lambda: random.getrandbits(1.0),
]
for attempt in attempts:
    try:
        print(attempt())
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
