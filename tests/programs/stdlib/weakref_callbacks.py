# Weak reference callbacks: when they run relative to __del__, what they see, the
# errors they raise (reported, the program goes on), and callbacks made by callbacks.
import gc
import weakref

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name})"


class WithDel(Resource):
    def __del__(self):
        log.append(f"__del__ {self.name}")


def recorder(label):
    def callback(wr):
        log.append(f"callback {label}: referent {wr()}, is ref {isinstance(wr, weakref.ref)}")
    return callback


def make(cls, name, *labels):
    obj = cls(name)
    refs = [weakref.ref(obj, recorder(label)) for label in labels]
    return refs


refs = make(WithDel, "d", "one", "two")
gc.collect()
print(log)
print([r() for r in refs], [r.__callback__ for r in refs])
log.clear()


def bad(wr):
    raise ValueError("callback failed")


def raising():
    r = Resource("r")
    return weakref.ref(r, bad)


failing = raising()
gc.collect()
print("still running", failing())


# A callback may make new weak references; they work as any other.
later = []


def chain(wr):
    replacement = Resource("replacement")
    later.append(replacement)
    later.append(weakref.ref(replacement, recorder("replacement")))


def chained():
    return weakref.ref(Resource("first"), chain)


def check_chain():
    # Referents are only touched inside functions: a word the stack scan finds in a
    # long-lived frame could keep one alive.
    print(first(), later[1]() is later[0])


first = chained()
gc.collect()
check_chain()


def drop_replacement():
    later.pop(0)


drop_replacement()
gc.collect()
print(log, later[0]())
log.clear()


# Objects that die together: the callbacks of each (in an order that differs from
# CPython's, which frees the list's items last first).
def several():
    objs = [Resource(str(i)) for i in range(4)]
    return [weakref.ref(o, recorder(o.name)) for o in objs]


rs = several()
gc.collect()
print(len(log), sorted(log), all(r() is None for r in rs))


# A callback is not called if the weak reference was dropped first.
def dropped():
    obj = Resource("dropped")
    weakref.ref(obj, recorder("dropped ref"))
    return weakref.ref(obj)


plain = dropped()
gc.collect()
print(plain(), log[4:])

# A bound method as a callback, and the referent a class.
class Registry:
    def __init__(self):
        self.gone = []

    def forget(self, wr):
        self.gone.append(wr)


registry = Registry()


def temporary_class():
    class Temp:
        pass
    return weakref.ref(Temp, registry.forget)


class_ref = temporary_class()
gc.collect()
print(class_ref(), registry.gone == [class_ref])
