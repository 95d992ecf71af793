# `del name` drops the last reference; the next collection finalizes the object.
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("module level")
del r
gc.collect()
print("after del of a global")


def work():
    local = Resource("local")
    other = Resource("other")
    del local
    return other


kept = work()
gc.collect()
print("after work")
kept = None
gc.collect()
print("end")
