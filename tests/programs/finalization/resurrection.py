# A finalizer that stores its object somewhere resurrects it; the object is never
# finalized again (PEP 442), and is freed once unreachable again.
import gc

saved = []


class Phoenix:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)
        saved.append(self)


def make():
    Phoenix(1)


make()
gc.collect()
print("saved:", [p.n for p in saved])
saved.clear()
gc.collect()
print("cleared and collected again")


def make_and_drop():
    saved.append(Phoenix(2))
    saved.clear()


make_and_drop()
gc.collect()
print("end:", [p.n for p in saved])
