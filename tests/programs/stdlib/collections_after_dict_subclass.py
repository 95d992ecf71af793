# collections' dict-derived classes still make their own instances once the program
# has derived a class from dict (which gives dict a __new__ and an __init__).
from collections import OrderedDict, defaultdict, Counter


class MyDict(dict):
    pass


md = MyDict(a=1)
od = OrderedDict([("b", 1), ("a", 2)])
od.move_to_end("b")
print(type(md).__name__, md, od, type(OrderedDict()).__name__)
dd = defaultdict(list)
dd["x"].append(1)
print(dd, Counter("abracadabra").most_common(2))
print(type(dict.__new__(MyDict)).__name__, type(MyDict.__new__(MyDict)).__name__)
dd2 = defaultdict(int, {"k": 1})
dd2["z"] += 2
print(sorted(dd2.items()), isinstance(od, dict), issubclass(Counter, dict))
defaultdict(1)
