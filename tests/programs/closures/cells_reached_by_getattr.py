# Cells reached through getattr with a string name: writes to cell_contents must reach
# every closure over the variable, so no variable may be captured by value here.


def pair(start):
    def get():
        return start

    def twice():
        return start * 2

    return get, twice


get, twice = pair(5)
cells = getattr(get, "__closure__")
cells[0].cell_contents = 8
print(get(), twice())
print(getattr(get, "__clo" + "sure__")[0] is getattr(twice, "__closure__")[0])
