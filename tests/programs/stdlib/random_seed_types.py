# Seeds of int subclasses, IntEnum members and special floats; keyword and version
# arguments; the removed shuffle argument; version 2 states; star imports.
import random
from enum import IntEnum
class Color(IntEnum):
    RED = -5
class MyInt(int):
    def __abs__(self):
        return 0
    def __hash__(self):
        return 1
for s in [Color.RED, MyInt(-77), MyInt(2**80), 2.0, -0.0, float("inf")]:
    random.seed(s)
    print(random.random())
r = random.Random(x=3)
print(r.random())
random.seed(a=5); print(random.random())
random.seed(5, version=2); print(random.random())
random.seed(5, 1); print(random.random())
try:
    random.shuffle([1, 2], random.random)
except TypeError as e:
    print(e)
try:
    random.Random(1, 2)
except TypeError as e:
    print(e)
import random as random_module
from random import *
print(randint(1, 2) in (1, 2), sorted(random_module.__all__)[:3])
print(random_module.Random.VERSION, random_module.BPF, random_module.RECIP_BPF, random_module.NV_MAGICCONST, random_module.TWOPI)
r = random_module.Random(1)
r.setstate((2, tuple([-1] * 624 + [624]), None))
print(r.random())
