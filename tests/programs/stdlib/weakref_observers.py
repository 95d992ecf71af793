# Observers held weakly: WeakSet of listeners, WeakMethod callbacks, and a
# WeakKeyDictionary of per-object data.
import gc
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(f"{self.name} got {event}")

    def __repr__(self):
        return f"Listener({self.name!r})"


class Subject:
    def __init__(self):
        self.listeners = weakref.WeakSet()
        self.handlers = []

    def subscribe(self, listener):
        self.listeners.add(listener)

    def on(self, method):
        self.handlers.append(weakref.WeakMethod(method, self.handler_died))

    def handler_died(self, wm):
        print("a handler died:", isinstance(wm, weakref.WeakMethod), wm())
        self.handlers.remove(wm)

    def emit(self, event):
        for listener in sorted(self.listeners, key=lambda l: l.name):
            listener.notify(event)
        for wm in list(self.handlers):
            method = wm()
            if method is not None:
                method(event + "!")


subject = Subject()


def setup():
    a, b, c = Listener("a"), Listener("b"), Listener("c")
    for listener in (a, b, c):
        subject.subscribe(listener)
    subject.subscribe(a)
    subject.on(b.notify)
    subject.on(c.notify)
    print(len(subject.listeners), a in subject.listeners, 3 in subject.listeners)
    subject.emit("first")
    return b


kept = setup()
gc.collect()
print(len(subject.listeners), len(subject.handlers), list(subject.listeners))
subject.emit("second")
kept = None
gc.collect()
print(len(subject.listeners), len(subject.handlers), list(subject.listeners))
subject.emit("third")

# WeakMethod itself.
listener = Listener("w")
wm = weakref.WeakMethod(listener.notify)
wm2 = weakref.WeakMethod(listener.notify)
print(wm() == listener.notify, wm == wm2, hash(wm) == hash(wm2), wm() is wm())
print(isinstance(wm, weakref.ref), type(wm).__name__)
try:
    weakref.WeakMethod(print)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print("TypeError:", e)

# WeakSet operations.
def set_ops():
    items = [Listener(str(i)) for i in range(6)]
    s = weakref.WeakSet(items[:4])
    t = weakref.WeakSet(items[2:])
    names = lambda ws: sorted(x.name for x in ws)
    print(names(s | t), names(s & t), names(s - t), names(s ^ t))
    print(s.issubset(items), s <= t, s >= weakref.WeakSet(items[:2]), s == weakref.WeakSet(items[:4]))
    print(s.isdisjoint(weakref.WeakSet(items[4:])), len(s.copy()))
    s.discard(items[0])
    s.remove(items[1])
    try:
        s.remove(items[1])
    except KeyError:
        print("KeyError")
    popped = s.pop()
    print(popped.name in ("2", "3"), len(s))
    s.clear()
    try:
        s.pop()
    except KeyError as e:
        print("KeyError:", e)
    try:
        s.add(1)
    except TypeError as e:
        print("TypeError:", e)
    return t, items[5]


t, five = set_ops()
gc.collect()
print(sorted(x.name for x in t), len(t))

# WeakKeyDictionary: data attached to objects without keeping them alive.
metadata = weakref.WeakKeyDictionary()


def attach():
    objs = [Listener(n) for n in "xyz"]
    for i, o in enumerate(objs):
        metadata[o] = i
    print(len(metadata), metadata[objs[1]], objs[2] in metadata, "q" in metadata)
    print(metadata.get(objs[0]), metadata.get(Listener("other"), "none"))
    print(sorted(v for v in metadata.values()), sorted(k.name for k in metadata.keys()))
    print(sorted((k.name, v) for k, v in metadata.items()))
    metadata.setdefault(objs[0], 99)
    print(metadata[objs[0]], metadata.pop(objs[2]), len(metadata))
    del metadata[objs[1]]
    try:
        metadata[objs[1]]
    except KeyError:
        print("KeyError")
    metadata.update({objs[1]: "again"})
    return objs[1]


def survivors():
    # Keys are only touched inside functions: a word the stack scan finds in a
    # long-lived frame could keep one alive.
    print(len(metadata), [(k.name, v) for k, v in metadata.items()])
    copied = metadata.copy()
    print(type(copied).__name__, len(copied), len(metadata.keyrefs()))
    return copied


y = attach()
gc.collect()
copied = survivors()
y = None
gc.collect()
print(len(metadata), len(copied))
