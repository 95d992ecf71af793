# String concatenation (adversarial): evaluation order and __radd__ in concatenation chains.
def h(x):
    print("h called", x)
    return x
class R:
    def __radd__(self, o):
        print("radd", repr(o))
        return "R(" + o + ")"
    def __add__(self, o):
        return "A" + o
try:
    s = "a" + h(1) + h("c")
except TypeError as e:
    print("TE", e)
try:
    s = h("a") + h("b") + h(2) + h("d")
except TypeError as e:
    print("TE", e)
print("x" + "y" + R() + "z")
print(R() + "q" + "r")
x = "é"
print(x + h("ü") + x + R())
try:
    print("a" + None)
except TypeError as e:
    print("TE", e)
try:
    print(None + "a")
except TypeError as e:
    print("TE", e)
try:
    print("a" + [1])
except TypeError as e:
    print("TE", e)
s = "start"
def mut():
    global s
    s = "changed"
    return "!"
print(s + mut() + s)
t = "a"
t = t + t + t
t += t + "é"
print(t, len(t))
print(f"{h('f1')}{h('f2')}" + h("f3"))
u = ""
print(u + u + "" + u, len(u + u))
lst = ["a"]
print(lst[0] + lst[0] + str(len(lst)))
