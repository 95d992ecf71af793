from __future__ import annotations
class P:
    x: List[int] = 3
    y: 'quoted'
def f(a: Undefined, *, b: Other = 1) -> Nothing:
    pass
print(P.__annotations__, f.__annotations__, P.x)
v: Whatever
print(__annotations__)
class Q:
    __z: int
print(Q.__annotations__)
def g(): pass
g.__annotations__ = {'x': 1}
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print(e)
