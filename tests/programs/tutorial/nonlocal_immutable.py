# Tutorial: rebinding an immutable captured value needs nonlocal; mutation of a list does not.
def make_counter_broken():
    count = 0
    def counter():
        count += 1
        return count
    return counter

try:
    make_counter_broken()()
except UnboundLocalError as e:
    print("without nonlocal:", e)

def make_counter():
    count = 0
    def counter():
        nonlocal count
        count += 1
        return count
    return counter

c = make_counter()
print(c(), c(), c())

# The pre-nonlocal workaround: mutate a one-element list instead of rebinding.
def make_counter_list():
    box = [0]
    def counter():
        box[0] += 1
        return box[0]
    return counter

c2 = make_counter_list()
print(c2(), c2(), c2.__closure__[0].cell_contents)

# Strings and tuples are immutable too: building them up rebinds the name.
def make_builder():
    text = ""
    parts = ()
    def add(piece):
        nonlocal text, parts
        text += piece
        parts += (piece,)
        return text, parts
    return add

add = make_builder()
add("a")
add("b")
print(add("c"))

# nonlocal applies to the nearest enclosing function that binds the name.
def outer():
    n = "outer"
    def middle():
        n = "middle"
        def inner():
            nonlocal n
            n = n + "+inner"
        inner()
        return n
    return middle(), n

print(outer())
