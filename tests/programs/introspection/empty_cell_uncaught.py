# Checks that reading an empty cell's contents uncaught ends with "ValueError: Cell is empty".
def make():
    def reader():
        return item
    def writer(v):
        nonlocal item
        item = v
    print("reader freevars:", reader.__code__.co_freevars, writer.__code__.co_freevars)
    return reader, writer
    item = "never assigned here"

reader, writer = make()
cells = reader.__closure__
print(len(cells), type(cells[0]).__name__, cells[0] is writer.__closure__[0])

# Empty: both the closure call and cell_contents fail, each with its own error.
try:
    reader()
except NameError as e:
    print("call:", e)
try:
    cells[0].cell_contents
except ValueError as e:
    print("cell_contents:", e)

# Filling the cell through the writer closure, then emptying it through the cell.
writer("filled")
print(reader(), cells[0].cell_contents)
del cells[0].cell_contents
print("emptied again; reading the empty cell")
print(cells[0].cell_contents)
print("unreachable")
