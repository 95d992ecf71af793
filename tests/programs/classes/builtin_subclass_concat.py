# A builtin str, list or tuple on the left of + accepts an instance of a subclass of its type.
class S(str): pass
class L(list): pass
class T(tuple): pass
s = S("x")
print("a" + s, s + "a", "a" + s + "b", type("a" + s).__name__)
print([1] + L([2]), (1,) + T((2,)), type([1] + L([2])).__name__)
class R(str):
    def __radd__(self, other): return "radd"
print("a" + R("b"))
try:
    "a" + L([1])
except TypeError as e:
    print(e)
