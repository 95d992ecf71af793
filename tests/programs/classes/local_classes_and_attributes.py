# Checks classes defined in functions and loops, nested classes, bound methods as values, class vs instance attributes and patching.
def make_class(prefix):
    class Greeter:
        count = 0
        def __init__(self, name):
            self.name = name
            Greeter.count += 1
        def greet(self):
            return prefix + self.name
        def __repr__(self):
            return f"Greeter({self.name!r}) #{Greeter.count}"
    return Greeter
G1 = make_class("Hi ")
G2 = make_class("Yo ")
a, b = G1("a"), G2("b")
print(a.greet(), b.greet(), G1.count, G2.count, G1 is G2, a, b)
classes = []
for i in range(3):
    class C:
        val = i
        def get(self):
            return i
    classes.append(C)
print([c.val for c in classes], [c().get() for c in classes])
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__qualname__, Outer.Inner().hi.__qualname__ if False else "")
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return "Stack(" + ", ".join(map(repr, self._items)) + ")"
st = Stack()
push = st.push
for ch in "abc":
    push(ch)
print(st, len(st), st.pop(), st)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
class Calc:
    def __init__(self):
        self.handlers = {k: (lambda f: lambda a, b: f(a, b) * self.scale)(f) for k, f in ops.items()}
        self.scale = 10
print(Calc().handlers["+"](1, 2), Calc().handlers["-"](1, 2))
class Node:
    def __init__(self, v, *children):
        self.v = v
        self.children = list(children)
    def walk(self):
        out = [self.v]
        for c in self.children:
            out += c.walk()
        return out
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
tree = Node(1, Node(2, Node(4)), Node(3))
print(tree.walk(), tree.depth())
class A:
    x = 1
    def get_x(self):
        return self.x
    def set_x(self, v):
        self.x = v
obj = A()
print(obj.get_x(), A.x)
obj.set_x(5)
print(obj.get_x(), A.x)
A.x = 7
print(A().get_x(), obj.get_x())
del obj.x
print(obj.get_x())
fn = A.get_x
print(fn(obj))
A.new_method = lambda self: "patched " + str(self.x)
print(obj.new_method())
obj.inst_fn = lambda: "no self"
print(obj.inst_fn())
print(list(obj.__dict__))
print(type(obj).__name__, isinstance(obj, A), A.__dict__["x"] if False else "")
