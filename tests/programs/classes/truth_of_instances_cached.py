# An instance is true unless its class (along the MRO) defines __bool__ or __len__; the
# answer "neither" is remembered per class and must be forgotten when the class or a base
# gains or loses one.


class Base:
    pass


class Node(Base):
    def __init__(self, name):
        self.name = name


def truth(values):
    return [bool(v) for v in values] + ["yes" if values[0] else "no", not values[-1]]


nodes = [Node("a"), Node("b")]
print(truth(nodes))
nodes[0].__bool__ = lambda: False  # ignored: dunders are looked up on the class
print(truth(nodes))

Base.__len__ = lambda self: len(self.name) - 1
print(truth(nodes))
del Base.__len__
print(truth(nodes))

Node.__bool__ = lambda self: self.name == "b"
print(truth(nodes))
del Node.__bool__
print(truth(nodes))


class Empty:
    def __len__(self):
        return 0


print(bool(Node("c")), bool(Empty()))


class Bag(list):
    pass


print(bool(Bag()), bool(Bag([1])))


class Bad:
    pass


print(bool(Bad()))
Bad.__bool__ = lambda self: 1
try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)
count = 0
for node in [Node("x")] * 5:
    if node:
        count += 1
while nodes[0]:
    nodes.pop(0)
    if not nodes:
        break
print(count, nodes)
Base.__len__ = lambda self: -1
bool(Node("z"))
