# Checks rebinding/deleting module globals seen by functions, shadowing and deleting builtins, global tuple assignment and leaked/unleaked names.
def redefined():
    return 1
f_old = redefined
def redefined():
    return 2
print(f_old(), redefined())
x = 10
def uses_x():
    return x
x = 20
print(uses_x())
def deleter():
    global x
    del x
deleter()
try:
    uses_x()
except NameError as e:
    print(e)
len = lambda s: "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
def builtin_shadow_in_func():
    return max([1, 3])
max = min
print(builtin_shadow_in_func())
del max
print(builtin_shadow_in_func())
a = b = c = 0
def multi():
    global a, b
    a, b = 1, 2
    c = 3
multi()
print(a, b, c)
for name in ["p", "q"]:
    pass
print(name)
[unused for unused in range(3)]
try:
    unused
except NameError as e:
    print(e)
if True:
    inside_if = "visible"
print(inside_if)
try:
    raise ValueError("x")
except ValueError as module_err:
    pass
try:
    module_err
except NameError as e:
    print(e)
