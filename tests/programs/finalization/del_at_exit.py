# Objects still alive at exit are finalized then, in the order CPython's teardown of the
# modules finalizes them for these common shapes: globals made in order, objects made by a
# comprehension or appended to a list, trees built top-down.


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = parent
        if parent is not None:
            parent.children.append(self)

    def __del__(self):
        print("del node", self.name, "with", len(self.children), "children")


first = Tracked("first")
second = Tracked("second")
made = [Tracked(f"made {i}") for i in range(3)]
appended = []
appended.append(Tracked("appended 0"))
appended.append(Tracked("appended 1"))
root = Node("root")
left = Node("left", root)
Node("right", root)
Node("leaf", left)
later = first
first = Tracked("third")
print("end of program")
