# Tutorial: looking inside a closure with __closure__, cell_contents and co_freevars.
def make_greeter(greeting, punctuation):
    count = 0
    def greet(name):
        nonlocal count
        count += 1
        return "%s, %s%s (#%d)" % (greeting, name, punctuation, count)
    return greet

hello = make_greeter("Hello", "!")
print(hello("ann"), hello("bob"))

names = hello.__code__.co_freevars
cells = hello.__closure__
print(names)
print(len(cells), type(cells).__name__)
for name, cell in zip(names, cells):
    print(name, "=", repr(cell.cell_contents))

# Changing a cell from outside changes the closure's behaviour.
cells[1].cell_contents = "Good night"
print(hello("cy"))

# A function without free variables has no closure at all.
def plain(name):
    return "hi " + name
print(plain.__closure__, plain.__code__.co_freevars)

# Closures made by the same factory have separate cells.
hi = make_greeter("Hi", "?")
print(hi("dee"), hello.__closure__[0] is hi.__closure__[0])
print([c.cell_contents for c in hi.__closure__])

# An empty cell: the closure exists before the variable is assigned.
def make_late():
    def show():
        return later
    cell = show.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("before assignment:", e)
    later = "now set"
    return show, cell

show, cell = make_late()
print(show(), cell.cell_contents)
