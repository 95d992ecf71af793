# Checks dict literals, get/set item, in, len, get, insertion order, items/keys/values.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), d["two"], "two" in d, 2 in d, "four" not in d)
print(d.get("one"), d.get("four"), d.get("four", "default"), d.get("two", 0))
print(list(d.keys()), list(d.values()), list(d.items()))

for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)

# Updating an existing key keeps its position.
order = {}
for key in ["b", "a", "c", "a", "b", "d"]:
    order[key] = order.get(key, 0) + 1
print(order)

# Keys of several types; equal numbers are the same key.
mixed = {1: "int", "1": "str", (1, 2): "tuple", None: "none", 2.5: "float"}
mixed[1.0] = "float one"
mixed[True] = "bool one"
print(mixed, len(mixed), mixed[(1, 2)], mixed[None])

# Nested dicts and lists.
db = {"users": [{"name": "ann", "tags": ["a"]}, {"name": "bob", "tags": []}]}
db["users"][1]["tags"].append("new")
db["count"] = len(db["users"])
print(db)

# Counting words, the classic use.
text = ["the", "cat", "and", "the", "hat", "and", "the", "bat"]
counts = {}
for w in text:
    counts[w] = counts.get(w, 0) + 1
print(counts)

try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)

# Views reflect later changes.
ks = d.keys()
d["late"] = 0
print(list(ks), len(ks), "late" in ks)
print(d == {"one": 100, "two": 2, "three": 3, "late": 0}, {} == {}, {"a": 1} != {"a": 2})
print(sorted(d), sum(d.values()), max(d), min(d.values()))
