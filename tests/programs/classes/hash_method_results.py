# What __hash__ returns becomes the hash as CPython's slot does: an int that fits a machine
# word is used as it is (-1 becomes -2), a bigger one is hashed as an int; namedtuples hash
# as the tuple of their fields unless a subclass says otherwise.
import collections


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [2**62, -1, 2**63, -(2**63), 2**63 - 1, 2**64, True, -(2**63) - 1, 0, 12345]:
    print(hash(H(h)))
print({H(2**62): 1}.popitem()[0].h)

P = collections.namedtuple("P", "x y")
print(hash(P(1, 2)) == hash((1, 2)), hash(P("a", 2.5)) == hash(("a", 2.5)))


class Q(P):
    def __hash__(self):
        return 7


class R(P):
    def __eq__(self, other):
        return True


print(hash(Q(1, 2)))
try:
    hash(R(1, 2))
except TypeError as e:
    print(e)
try:
    hash(H("no"))
except TypeError as e:
    print(e)
