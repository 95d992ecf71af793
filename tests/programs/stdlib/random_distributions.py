# The real-valued distributions, gauss's cached second value, and the generator's state.
import random

def show(label, values):
    print(label, " ".join("%.12g" % v for v in values))

for seed in (1, 5, 31337):
    random.seed(seed)
    show("uniform", [random.uniform(1, 5) for _ in range(3)])
    show("triangular", [random.triangular(), random.triangular(0, 10, 2), random.triangular(5, 5)])
    show("gauss", [random.gauss() for _ in range(3)] + [random.gauss(5, 2)])
    show("normal", [random.normalvariate(), random.normalvariate(10, 3)])
    show("lognorm", [random.lognormvariate(0, 1), random.lognormvariate(1, 0.5)])
    show("expo", [random.expovariate(2), random.expovariate(0.1)])
    show("vonmises", [random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0), random.vonmisesvariate(3, 0.5)])
    show("gamma", [random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 1), random.gammavariate(100, 0.5)])
    show("beta", [random.betavariate(2, 3), random.betavariate(0.5, 0.5)])
    show("pareto", [random.paretovariate(2), random.paretovariate(0.5)])
    show("weibull", [random.weibullvariate(1, 2), random.weibullvariate(3, 0.7)])

# Exact reprs too, not only 12 digits.
random.seed(8)
print(random.random(), random.gauss(), random.expovariate(1.5))

# getstate/setstate round trip, gauss_next included.
random.seed(77)
random.gauss()
state = random.getstate()
print(state[0], len(state[1]), state[1][-1], state[2] is not None)
first = [random.gauss() for _ in range(5)] + [random.random()]
random.setstate(state)
print(first == [random.gauss() for _ in range(5)] + [random.random()])

# Version 1 string seeds.
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())

# An unseeded generator differs from run to run; only its type is stable.
random.seed()
print(type(random.random()).__name__, 0.0 <= random.random() < 1.0)

try:
    random.gammavariate(0, 1)
except ValueError as e:
    print(e)
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
try:
    random.setstate((7, (), None))
except ValueError as e:
    print(e)
try:
    random.setstate((3, (1, 2), None))
except ValueError as e:
    print(e)
try:
    random.setstate((3, [1, 2], None))
except TypeError as e:
    print(e)
