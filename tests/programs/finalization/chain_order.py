# When an unreachable object with __del__ references another, the referrer is finalized
# first, as CPython's reference counting does: gc.collect() finalizes the whole chain.
import gc


class Link:
    def __init__(self, name, next=None):
        self.name = name
        self.next = next

    def __del__(self):
        print("del", self.name, "next:", self.next.name if self.next else None)


def make_chain():
    Link("head", Link("middle", Link("tail")))


make_chain()
gc.collect()
print("after chain")


def make_list():
    head = None
    for i in range(5):
        head = Link(f"n{i}", head)


make_list()
gc.collect()
print("end")
