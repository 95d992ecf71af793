# `__closure__` looked up by names built at run time: the cells must be the real, shared
# ones, so writes through cell_contents reach every closure over the variable.


def make(a, b):
    def get():
        return a, b

    def total():
        return a + b

    return get, total


get, total = make(1, 2)
name = "__" + "closure" + "__"
cells = getattr(get, name)
cells[0].cell_contents = 40
print(get(), total())
other = getattr(total, "__%s__" % "closure")
print(cells[0] is other[0], cells[1] is other[1])
split = "__clo" "sure__"
getattr(total, split)[1].cell_contents = 2000
print(get(), total())
