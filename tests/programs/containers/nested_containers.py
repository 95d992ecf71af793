# Checks deeply nested containers: building, mutation through aliases, equality and printing.
tree = {"name": "root", "children": []}
def add(node, name):
    child = {"name": name, "children": []}
    node["children"].append(child)
    return child

a = add(tree, "a")
b = add(tree, "b")
add(a, "a1")
add(a, "a2")
add(b, "b1")
print(tree)

def names(node, depth=0):
    out = ["  " * depth + node["name"]]
    for c in node["children"]:
        out = out + names(c, depth + 1)
    return out

for line in names(tree):
    print(line)

# Equality is structural; identity is not.
t1 = [1, (2, [3, {"k": [4]}])]
t2 = [1, (2, [3, {"k": [4]}])]
print(t1 == t2, t1 is t2, t1[1][1][1]["k"] == [4])
t2[1][1][1]["k"].append(5)
print(t1 == t2, t2)

# A table of rows as a list of tuples, then grouped into a dict of lists.
rows = [("fruit", "apple"), ("veg", "kale"), ("fruit", "pear"), ("veg", "leek"), ("nut", "pecan")]
groups = {}
for kind, item in rows:
    if kind not in groups:
        groups[kind] = []
    groups[kind].append(item)
print(groups)
print([(k, len(v)) for k, v in groups.items()])

# Shared sub-lists show up twice when printed.
shared = [0]
holder = [shared, shared, [shared]]
shared.append(1)
print(holder)

# Dicts inside lists inside a tuple, indexed in one expression.
deep = ([{"x": [10, 20, (30, 40)]}],)
print(deep[0][0]["x"][2][1], deep[0][-1]["x"][-1][::-1], len(deep[0][0]["x"]))
