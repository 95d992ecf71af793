class P:
    def __get__(self, obj, objtype=None):
        print("get", type(obj).__name__, objtype.__name__)
        return lambda: 3

class C:
    __len__ = P()

print(len(C()))

class Adder:
    def __get__(self, obj, objtype=None):
        return lambda other: ("added", obj.v, other)

class Callable:
    def __call__(self, *args):
        return ("called", len(args))

class D:
    __add__ = Adder()
    __repr__ = Adder()
    def __init__(self, v):
        self.v = v

print(D(1) + 2)
class E:
    __len__ = Callable()
try:
    len(E())
except TypeError as e:
    print("TypeError", e)

class Str:
    def __get__(self, obj, objtype=None):
        return lambda: "S!"
class G:
    __str__ = Str()
    __repr__ = Str()
print(str(G()), repr(G()), G())
print(len(C()) + 1)

class Hasher:
    def __get__(self, obj, objtype=None):
        return lambda: 7

class K:
    __hash__ = Hasher()
    __str__ = Str()
print(hash(K()), str(K()), f"{K()}")

import functools
class Cached:
    @functools.lru_cache(maxsize=None)
    def __len__(self):
        print("computing len")
        return 5
cached = Cached()
print(len(cached), len(cached), cached.__len__())

class Raising:
    def __get__(self, obj, objtype=None):
        raise RuntimeError("no binding for " + type(obj).__name__)

class H:
    __len__ = Raising()
len(H())
