import sys

# Imported here so that closc compiles them; __import__ below looks them up again.
if False:
    import json
    import pkg.sub.leaf
    import pkg.star
    import pkg.other
    import pkg.rel

m = __import__("json")
print(m.__name__, m is sys.modules["json"], m.dumps([1]))
top = __import__("pkg.sub.leaf")
print(top.__name__, top.sub.leaf.NAME)
leaf = __import__("pkg.sub.leaf", fromlist=["NAME"])
print(leaf.__name__)
print(__import__("pkg", None, None, ["other"]).other.NAME)
print(__import__("pkg", fromlist=("*",)).star.NAME)
print(__import__("pkg", fromlist=["missing"]).NAME)
print(__import__(name="sys", level=0) is sys, __import__("sys", fromlist=None) is sys)
print(__import__("pkg.rel", fromlist=["x"]).relative())
print(__import__)

for call in (
    lambda: __import__(5),
    lambda: __import__(""),
    lambda: __import__("sys", level=-1),
    lambda: __import__("pkg", fromlist=[7]),
    lambda: __import__("x", None, None, (), 1),
    lambda: __import__("x", {"__name__": "top"}, None, (), 1),
    lambda: __import__("x", {"__package__": "pkg"}, None, (), 2),
    lambda: __import__("sys", None, None, (), 0, 5),
    lambda: __import__(),
    lambda: __import__("sys", bad=1),
    lambda: __import__("pkg.nothere"),
):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

__import__("not_a_module_anywhere")
