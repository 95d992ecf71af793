# weakref.finalize: cleanup when an object dies, when called, or at exit.
import gc
import os
import weakref

PATH = "/tmp/closc_weakref_finalize_%d.txt"


class TempFile:
    def __init__(self, n):
        self.path = PATH % n
        with open(self.path, "w") as f:
            f.write("data")
        self._finalizer = weakref.finalize(self, os.remove, self.path)

    def remove(self):
        self._finalizer()

    @property
    def removed(self):
        return not self._finalizer.alive


def cleanup(name, *args, **kwargs):
    print("cleanup", name, args, sorted(kwargs.items()))
    return name.upper()


def explicit():
    t = TempFile(1)
    print(os.path.exists(t.path), t.removed)
    t.remove()
    print(os.path.exists(t.path), t.removed)
    t.remove()


explicit()


def dropped():
    t = TempFile(2)
    print(os.path.exists(t.path))
    return t.path


path = dropped()
gc.collect()
print("after collect", os.path.exists(path))


class Thing:
    pass


def calls():
    thing = Thing()
    f = weakref.finalize(thing, cleanup, "thing", 1, 2, key="v")
    print(f.alive, f.atexit, f.peek()[1:] == (cleanup, (1, 2), {"key": "v"}))
    print(f.peek()[0] is thing)
    print(f(), f.alive, f(), f.peek(), f.detach())
    g = weakref.finalize(thing, cleanup, "detached")
    obj, func, args, kwargs = g.detach()
    print(obj is thing, func is cleanup, args, kwargs, g.alive, g.detach())
    return weakref.finalize(thing, cleanup, "on death"), thing


h, thing = calls()
print(h.alive)
thing = None
gc.collect()
print(h.alive, h.peek())


def exit_time():
    keep = []
    for name in ("first at exit", "second at exit", "not at exit"):
        o = Thing()
        keep.append(o)
        f = weakref.finalize(o, cleanup, name)
        if name.startswith("not"):
            f.atexit = False
    return keep


kept_until_exit = exit_time()
print("end of program")
