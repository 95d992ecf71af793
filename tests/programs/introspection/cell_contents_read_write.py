# Checks reading and writing cell.cell_contents, empty cells, and ValueError: Cell is empty.
def make():
    value = 10
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = make()
cell = get.__closure__[0]
print(cell.cell_contents, type(cell).__name__)
set_(20)
print(cell.cell_contents, get())
cell.cell_contents = "written from outside"
print(get(), set_.__closure__[0].cell_contents)
cell.cell_contents = [1, 2]
get().append(3)
print(cell.cell_contents)

# A cell whose variable has not been assigned yet is empty.
def not_yet():
    def later():
        return x
    c = later.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    print(repr(c).endswith(": empty>"), repr(c).startswith("<cell at 0x"))
    x = "assigned"
    print(c.cell_contents, later())
    return later

later = not_yet()

# Deleting cell_contents empties the cell; the closure then raises NameError.
del later.__closure__[0].cell_contents
try:
    later()
except NameError as e:
    print("NameError:", e)
try:
    later.__closure__[0].cell_contents
except ValueError as e:
    print("ValueError:", e)
later.__closure__[0].cell_contents = "refilled"
print(later())

# The __closure__ attribute itself is read-only.
try:
    get.__closure__ = None
except AttributeError as e:
    print("AttributeError:", e)

# Each call of a factory makes a fresh cell.
def twin(v):
    return lambda: v
c1 = twin(5).__closure__[0]
c2 = twin(5).__closure__[0]
print(c1 is c2, c1.cell_contents == c2.cell_contents)
