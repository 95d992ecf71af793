import types
import sys

def f(x):
    return x * 2

print(type(f) is types.FunctionType, type(lambda: 0) is types.LambdaType)
print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType)
print(types.ModuleType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.CodeType, types.CellType, types.MappingProxyType, types.SimpleNamespace)
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance((x for x in []), types.GeneratorType))
print(type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)) == dict[str, int])

class Greeter:
    def __init__(self, name):
        self.name = name

def greet(self, greeting):
    return f"{greeting}, {self.name}"

g = Greeter("Ada")
bound = types.MethodType(greet, g)
print(bound("Hello"), bound.__self__ is g, bound.__func__ is greet)
g.hi = bound
print(g.hi("Hi"))
print(types.MethodType(len, [1, 2, 3])())
for args in [(1, 2), (len, None), (len,)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)

mod = types.ModuleType("plugin", "A plugin.")
print(mod, mod.__name__, mod.__doc__, sorted(mod.__dict__))
mod.value = 42
print(mod.value, types.ModuleType("other").__doc__)
for args in [(), (1,)]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print("TypeError:", e)
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())
try:
    types.NoneType(1)
except TypeError as e:
    print("TypeError:", e)

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, repr(types.SimpleNamespace()))
print(ns == types.SimpleNamespace(b="two", c=[3]), ns == types.SimpleNamespace(b="two"), ns != 1)
ns.me = ns
print(ns)
class Point(types.SimpleNamespace):
    pass
print(Point(x=1, y=2), Point(x=1) == types.SimpleNamespace(x=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(SimpleNamespace_hash := types.SimpleNamespace.__hash__)

data = {"a": 1, "b": 2}
proxy = types.MappingProxyType(data)
print(proxy, str(proxy), len(proxy), proxy["a"], proxy.get("z", 0), "b" in proxy, list(proxy))
print(list(proxy.keys()), list(proxy.values()), list(proxy.items()), proxy.copy())
data["c"] = 3
print(proxy, proxy == {"a": 1, "b": 2, "c": 3}, proxy | {"d": 4}, {"z": 0} | proxy)
print(type(proxy).__name__, list(reversed(proxy)))
for action in ["set", "del", "attr", "new", "hash", "ior"]:
    try:
        if action == "set":
            proxy["x"] = 1
        elif action == "del":
            del proxy["a"]
        elif action == "attr":
            proxy.x = 1
        elif action == "new":
            types.MappingProxyType([1, 2])
        elif action == "hash":
            hash(proxy)
        else:
            proxy |= {}
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

def body(ns):
    ns["double"] = lambda self: self.v * 2
    ns["v"] = 21
Dyn = types.new_class("Dyn", (object,), exec_body=body)
print(Dyn.__name__, Dyn().double())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(mcls, name, bases, ns)
Tagged = types.new_class("Tagged", (), {"metaclass": Meta, "tag": "t1"})
print(type(Tagged).__name__, Tagged.tag)
print(types.prepare_class("X", (int,)))
print(types.resolve_bases((int, str)))

class WithDyn:
    @types.DynamicClassAttribute
    def name(self):
        return "instance name"
print(WithDyn().name)
try:
    WithDyn.name
except AttributeError:
    print("AttributeError through the class")
proxy["missing"]
