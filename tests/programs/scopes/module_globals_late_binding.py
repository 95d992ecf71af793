# Checks module-level late binding of loop variables, globals created/rebound from nested functions and methods.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = "rebound"
print([f() for f in fs])
del i
try:
    fs[0]()
except NameError as e:
    print(e)
def make_global():
    global created
    created = "yes"
try:
    print(created)
except NameError as e:
    print(e)
make_global()
print(created)
counter = 0
def outer():
    def inner():
        global counter
        counter += 1
        return counter
    return inner
inc = outer()
inc(); inc()
print(counter)
def shadow_then_global():
    counter = 100
    def g():
        global counter
        return counter
    return g(), counter
print(shadow_then_global())
class K:
    def bump(self):
        global counter
        counter *= 10
K().bump()
print(counter)
def reads_late():
    return later_defined()
def later_defined():
    return "defined after"
print(reads_late())
