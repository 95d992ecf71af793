# A cycle of objects with __del__ is finalized by gc.collect(), every member of it, with
# the cycle intact while the finalizers run; then it is freed.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name, "-> other is", self.other.name)


def make_cycle(names):
    nodes = [Node(n) for n in names]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.other = b


make_cycle(["a", "b"])
print("made a cycle")
found = gc.collect()
print("found garbage:", found > 0)
print("after the first collection")
make_cycle(["x", "y", "z"])
print("made another")
gc.collect()
print("after the second collection")


class Selfish:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("self cycle finalized")


def make_selfish():
    Selfish()


make_selfish()
print("made a self cycle")
gc.collect()
print("end")
