import collections
from collections import ChainMap, UserDict, UserList, UserString, OrderedDict, deque, Counter, namedtuple, defaultdict
import collections.abc
print(collections.abc.Mapping, isinstance({}, collections.abc.Mapping))
cm = ChainMap({"a": 1}, {"b": 2, "a": 3})
print(cm, cm["a"], cm["b"], len(cm), list(cm), "b" in cm, cm.get("z", 0))
cm["c"] = 5
print(cm.maps, cm.parents, cm.new_child({"q": 1}))
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
d = cm | {"z": 26}
print(type(d).__name__, d, dict(cm))
cm.maps.append(cm)
print(repr(cm)[:60])


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __missing__(self, key):
        return f"<{key}>"


u = Lower({"A": 1}, B=2)
print(u, u["a"], u["zz"], len(u), u.copy(), type(u.copy()).__name__, sorted(u.items()))
print(u | {"c": 3}, isinstance(u, collections.abc.MutableMapping))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([3, 1, 2])
s.push(9)
s.sort()
print(s, s[1:], type(s[1:]).__name__, s + [7], [0] + s, s * 2, 9 in s, s == [1, 2, 3, 9], s.index(9))
s += (4,)
print(s, len(s), s.pop(), s.count(1))

us = UserString("Hello")
print(us, repr(us), us.upper(), us[1:3], us + "!", "x" + us, us * 2, "ell" in us, len(us), us.split("l"))
print(us == "Hello", us < "World", hash(us) == hash("Hello"), us.replace("l", "L"), us.center(9, "*"))
print(OrderedDict(a=1), deque([1, 2], maxlen=3), Counter("abca").most_common(1), namedtuple("P", "x y")(1, 2))
print(defaultdict(list), collections.__all__[:3], ChainMap.__module__, deque.__module__)
print(ChainMap().popitem())
