# __del__ on subclasses of builtin types and of exceptions.
import gc


class Bag(list):
    def __del__(self):
        print("bag del", list(self))


class Table(dict):
    def __del__(self):
        print("table del", sorted(self.items()))


class Label(str):
    def __del__(self):
        print("label del", str(self))


class Problem(Exception):
    def __del__(self):
        print("problem del", self.args)


def make():
    Bag([1, 2])
    Table(a=1)
    Label("hello")
    try:
        raise Problem("x", 1)
    except Problem:
        pass


make()
gc.collect()
kept = Bag([3])
print("end")
