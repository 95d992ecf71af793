# Builtins shadowed and restored at run time by global rebinding; calls through them in functions
def use():
    return len([1, 2, 3]), abs(-2), int("7"), float(1), str(5), max(1, 2), sorted([2, 1]), isinstance(1, int)
print(use())
len = lambda x: "fake len"
abs = str
int = float
print(use())
del len, abs, int
print(use())
def loop():
    out = []
    for i in range(3):
        out.append(len("ab" * i))
    return out
print(loop())
range = lambda n: [n, n]
print(loop())
del range
print(loop())
def bl(): return min(3, 1, 2)
print(bl())
min = lambda *a: "global min"
print(bl())
del min
print(bl())
isinstance = 5
try:
    use()
except TypeError as e:
    print("TypeError:", e)
del isinstance
print(use())
def local_shadow(len=len):
    def inner(x): return len(x)
    return inner("abc")
print(local_shadow(), local_shadow(lambda s: s[::-1]))
class K:
    len = len
    def m(self): return len(self.__class__.__name__)
print(K().m(), K.len("ab"))
