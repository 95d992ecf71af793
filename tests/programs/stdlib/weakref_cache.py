import gc
import weakref
from collections.abc import MutableMapping


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name

    def __repr__(self):
        return f"Image({self.name!r})"


class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()

    def get(self, name):
        image = self._items.get(name)
        if image is None:
            image = Image(name)
            self._items[name] = image
        return image


cache = Cache()


def use_some():
    a = cache.get("a")
    b = cache.get("b")
    again = cache.get("a")
    print(a is again, Image.loads, len(cache._items), sorted(cache._items.keys()))
    return b


kept = use_some()
gc.collect()
print(sorted(cache._items), Image.loads, "a" in cache._items, "b" in cache._items)


def dictionary_methods():
    # Referents are only touched inside functions: a word the stack scan finds in a
    # long-lived frame could keep one alive.
    print(cache.get("b") is kept, Image.loads)
    print(sorted(cache._items.items()), list(cache._items.values()))
    d = cache._items
    try:
        d["zzz"]
    except KeyError as e:
        print("KeyError", e)
    print(d.pop("b"), len(d), d.pop("b", "gone"))
    d.update({"x": kept}, y=kept)
    print(sorted(d), d.setdefault("x", None), len(d.valuerefs()))
    print(type(d.valuerefs()[0]).__name__, d.valuerefs()[0].key in ("x", "y"))
    print(repr(d).startswith("<WeakValueDictionary at 0x"), isinstance(d, MutableMapping))
    return d, d.copy()


d, c = dictionary_methods()
print(type(c).__name__, sorted(c))
del kept
gc.collect()
print(len(d), list(d), len(c))


def tmp_objects():
    wvd = weakref.WeakValueDictionary()
    objs = [Image(str(i)) for i in range(10)]
    for o in objs:
        wvd[o.name] = o
    return wvd, objs[::3]


wvd, alive = tmp_objects()
gc.collect()
print(sorted(wvd), [o.name for o in alive])
# Removals during an iteration wait for its end.
count = 0
for k in wvd:
    del alive[:]
    gc.collect()
    count += 1
gc.collect()
print(count, len(wvd), sorted(wvd))
