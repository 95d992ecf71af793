# Checks del of local and global names and what later reads see.
g = "global value"
print(g)
del g
try:
    print(g)
except NameError as e:
    print("global deleted:", e)

g = "recreated"
print(g)

def local_del():
    x = 10
    y = x * 2
    del x
    try:
        return x
    except UnboundLocalError as e:
        return "local deleted: " + str(e) + " / y=" + str(y)

print(local_del())

def del_then_rebind():
    x = 1
    del x
    x = 2
    return x

print(del_then_rebind())

def del_global():
    global g
    del g

del_global()
try:
    g
except NameError as e:
    print("deleted by function:", e)

def del_unbound():
    try:
        del never_bound
    except UnboundLocalError as e:
        return "del unbound: " + str(e)
    never_bound = 0

print(del_unbound())

try:
    del also_never
except NameError as e:
    print("module del:", e)

# del several names at once.
a = 1
b = 2
c = 3
del a, c
print(b)
try:
    print(a)
except NameError as e:
    print(e)

# A deleted global falls back to the builtin of the same name.
len = lambda s: -1
print(len("xyz"))
del len
print(len("xyz"))
