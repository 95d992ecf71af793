# dumps with indent: the native encoder lays out and fails as CPython's Python encoder does.
import json
class D(dict):
    pass
class P:
    pass
data = {"list": [1, [2, [3, []]], {}], "dict": D(b=1, a=[True, None]), "s": "é\n", "f": 1.5, (1,): 0}
for kw in [{"indent": 2, "skipkeys": True}, {"indent": "\t", "skipkeys": True},
           {"indent": 0, "skipkeys": True, "separators": (";", "=")}, {"indent": 3, "skipkeys": True, "ensure_ascii": False}]:
    print(json.dumps(data, **kw))
print(json.dumps({(1,): 1, (2,): 2}, indent=2, skipkeys=True))
print(json.dumps([P()], indent=1, default=lambda o: {"p": [1]}))
for value in [float("nan"), [float("-inf")], {"k": float("inf")}]:
    try:
        json.dumps(value, indent=2, allow_nan=False)
    except ValueError as e:
        print(e)
print(json.dumps({"b": [1], "a": {"d": 1, "c": 2}}, indent=2, sort_keys=True))
print(json.dumps([1, 2], indent=None), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.JSONEncoder(indent=2).encode({"a": [1]}) == "".join(json.JSONEncoder(indent=2).iterencode({"a": [1]})))
