# Checks decorator evaluation order, decorators with arguments, registries, class decorators and call-counting decorators on methods.
log = []
def trace(name):
    log.append("factory " + name)
    def deco(fn):
        log.append("apply " + name)
        def wrapper(*args, **kwargs):
            log.append("call " + name)
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        wrapper.__qualname__ = "wrapped." + fn.__qualname__
        return wrapper
    return deco
@trace("outer")
@trace("inner")
def target(x, *, y=2):
    return x * y
print(log)
print(target(3), target(3, y=5), target.__name__, target.__qualname__)
print(log[-4:])
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def alpha(): return "a"
@register(REG)
def beta(): return "b"
print(sorted(REG), REG["beta"]())
def class_deco(cls):
    cls.tag = "decorated"
    return cls
@class_deco
class Thing:
    def __init__(self, v):
        self.v = v
print(Thing.tag, Thing(1).tag)
def count_calls(fn):
    calls = 0
    def inner(*a):
        nonlocal calls
        calls += 1
        return fn(*a), calls
    inner.reset = lambda: None
    return inner
@count_calls
def sq(x):
    return x * x
print(sq(2), sq(3), sq(4))
class Svc:
    def __init__(self):
        self.hits = 0
    @count_calls
    def ping(self, n):
        self.hits += n
        return self.hits
s = Svc()
print(s.ping(1), s.ping(2), Svc().ping(10))
