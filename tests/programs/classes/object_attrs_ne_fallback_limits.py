# object() instances hold no attributes; != falls back to the reflected __eq__; attribute-name
# TypeErrors; sys.setrecursionlimit below the current depth.
import sys
o = object()
for action in (lambda: setattr(o, "x", 1), lambda: o.__setattr__("y", 2), lambda: delattr(o, "x"), lambda: getattr(o, "x")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError", e)
class Plain:
    pass
p = Plain()
p.x = 1
print(p.x, vars(p))
class NE:
    def __eq__(self, other):
        return True
print(1 != NE(), "a" != NE(), NE() != 1, NE() != NE(), [1] != NE())
class OnlyNe:
    def __ne__(self, other):
        return "custom"
print(1 != OnlyNe(), OnlyNe() != 1, 1 == OnlyNe())
class EqNotImpl:
    def __eq__(self, other):
        return NotImplemented
print(1 != EqNotImpl(), EqNotImpl() != EqNotImpl())
class O:
    pass
for f in (lambda: getattr(O(), 5), lambda: setattr(O(), 5, 1), lambda: hasattr(O(), 5), lambda: delattr(O(), 5), lambda: getattr(O(), 5, None)):
    try:
        f()
    except TypeError as e:
        print(e)
def d(n):
    if n == 0:
        for limit in (5, 22, 23, 24):
            try:
                sys.setrecursionlimit(limit)
                print("set", limit)
            except RecursionError as e:
                print(e)
        sys.setrecursionlimit(1000)
        return
    d(n - 1)
d(20)
print(sys.getrecursionlimit())
o.z = 3
