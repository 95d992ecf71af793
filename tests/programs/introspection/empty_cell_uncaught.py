# Checks that reading an empty cell's contents uncaught ends with "ValueError: Cell is empty".
def make():
    def reader():
        return item
    print("reader freevars:", reader.__code__.co_freevars)
    return reader.__closure__
    item = "never assigned"

cells = make()
print(len(cells), type(cells[0]).__name__)
print("reading the empty cell")
print(cells[0].cell_contents)
