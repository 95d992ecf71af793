# Checks that a closure sees changes made to a variable after the closure was created.
def make():
    value = "initial"
    def get():
        return value
    print("1:", get())
    value = "changed by assignment"
    print("2:", get())
    def setter(v):
        nonlocal value
        value = v
    setter("changed by setter")
    print("3:", get())
    return get, setter

get, setset = make()
print("4:", get())
setset("after make returned")
print("5:", get())

# Two closures share the same cell.
def pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def peek():
        return n
    return inc, peek

inc, peek = pair()
print(peek(), inc(), inc(), peek())
inc2, peek2 = pair()
print(peek2(), inc2(), peek(), peek2())

# A mutable object in a cell: mutation needs no nonlocal.
def bag():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def show():
        return items
    return add, show

add, show = bag()
add("a")
add("b")
print(show(), add("c"), show())

# Rebinding the list (not mutating) requires nonlocal.
def resettable():
    items = [1, 2]
    def reset():
        nonlocal items
        items = []
    def get():
        return items
    return reset, get

reset, getr = resettable()
before = getr()
reset()
print(before, getr(), before is getr())
