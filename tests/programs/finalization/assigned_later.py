# __del__ set on a class after it is made (or on a base class) finalizes the instances
# made before too, as CPython does; deleting it stops that.
import gc


class Thing:
    def __init__(self, n):
        self.n = n


class SubThing(Thing):
    pass


early = Thing(1)
early_sub = SubThing(2)


def finalizer(self):
    print("del", type(self).__name__, self.n)


Thing.__del__ = finalizer


def make():
    Thing(3)
    SubThing(4)


make()
gc.collect()
print("after collect")
del early_sub
gc.collect()
setattr(SubThing, "__del__", lambda self: print("sub del", self.n))
SubThing(5)
gc.collect()
del Thing.__del__
Thing(6)
gc.collect()
print("end")
