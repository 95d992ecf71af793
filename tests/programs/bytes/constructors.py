# bytes() and bytearray() from every kind of source, and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
class Index:
    def __index__(self):
        return 3
class Items:
    def __iter__(self):
        return iter([72, 105])
for kind in (bytes, bytearray):
    name = kind.__name__
    show(name + "()", lambda: kind())
    show(name + "(0)", lambda: kind(0))
    show(name + "(4)", lambda: kind(4))
    show(name + "(True)", lambda: kind(True))
    show(name + "(-1)", lambda: kind(-1))
    show(name + "(big)", lambda: kind(2**70))
    show(name + "(Index)", lambda: kind(Index()))
    show(name + "(list)", lambda: kind([0, 65, 255]))
    show(name + "(tuple)", lambda: kind((1, 2)))
    show(name + "(range)", lambda: kind(range(97, 101)))
    show(name + "(gen)", lambda: kind(x * 2 for x in range(4)))
    show(name + "(iterable)", lambda: kind(Items()))
    show(name + "(bytes)", lambda: kind(b"copy"))
    show(name + "(bytearray)", lambda: kind(bytearray(b"ba")))
    show(name + "(memoryview)", lambda: kind(memoryview(b"abcdef")[1::2]))
    show(name + "(bools)", lambda: kind([True, False]))
    show(name + "(256)", lambda: kind([256]))
    show(name + "(-1 item)", lambda: kind([-1]))
    show(name + "(big item)", lambda: kind([2**70]))
    show(name + "(str item)", lambda: kind(["a"]))
    show(name + "(float item)", lambda: kind([1.0]))
    show(name + "(Index item)", lambda: kind([Index()]))
    show(name + "(str)", lambda: kind("text"))
    show(name + "(str, enc)", lambda: kind("tëxt", "utf-8"))
    show(name + "(kw)", lambda: kind(source="tëxt", encoding="latin-1", errors="strict"))
    show(name + "(int, enc)", lambda: kind(3, "utf-8"))
    show(name + "(str, errors)", lambda: kind("a", errors="strict"))
    show(name + "(int, errors)", lambda: kind(3, errors="strict"))
    show(name + "(encoding only)", lambda: kind(encoding="utf-8"))
    show(name + "(errors only)", lambda: kind(errors="strict"))
    show(name + "(enc type)", lambda: kind("a", 1))
    show(name + "(enc none)", lambda: kind("a", None))
    show(name + "(float)", lambda: kind(1.5))
    show(name + "(None)", lambda: kind(None))
    show(name + "(object)", lambda: kind(object()))
    show(name + "(__bytes__)", lambda: kind(WithBytes()))
    show(name + "(bad __bytes__)", lambda: kind(BadBytes()))
    show(name + "(dict)", lambda: kind({1: 2, 3: 4}))
    show(name + "(set)", lambda: sorted(kind({5})))
    show(name + "(4 args)", lambda: kind(1, 2, 3, 4))
    show(name + "(bad kw)", lambda: kind(x=1))
b = b"same"
print(bytes(b) is b, bytearray(b) is b, type(bytearray(b)).__name__)
print(len(bytes(10000)), bytes(10000).count(0), bytearray(300)[299])
