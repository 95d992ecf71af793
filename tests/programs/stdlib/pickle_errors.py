# What pickle refuses, with CPython's exception types and messages (addresses cut out),
# ending with truncated data left uncaught.
import pickle, sys, re


def show(label, action):
    try:
        result = action()
        print(label, "ok", result)
    except Exception as err:
        message = re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(err)).split(" on <module")[0]
        print(label, f"{type(err).__module__}.{type(err).__name__}:", message)


def outer():
    def inner():
        pass
    return inner


def numbers():
    yield 1


square = lambda x: x * x


class Holder:
    def method(self):
        return 1


class BadReduce:
    def __init__(self, result):
        self.result = result

    def __reduce__(self):
        return self.result


show("module-level lambda", lambda: pickle.dumps(square))
show("lambda in a list", lambda: pickle.dumps([1, lambda: 0]))
show("local function", lambda: pickle.dumps(outer()))
show("generator", lambda: pickle.dumps(numbers()))
show("module", lambda: pickle.dumps(sys))
show("module protocol 0", lambda: pickle.dumps(sys, 0))
show("protocol 6", lambda: pickle.dumps(1, 6))
show("protocol -1", lambda: pickle.dumps(1, -1))
show("not a file", lambda: pickle.Pickler(42))
show("not a readable file", lambda: pickle.Unpickler(42))
show("reduce to int", lambda: pickle.dumps(BadReduce(5)))
show("reduce to 1-tuple", lambda: pickle.dumps(BadReduce((list,))))
show("reduce to 7-tuple", lambda: pickle.dumps(BadReduce((list, (), None, None, None, None, None))))
show("not callable", lambda: pickle.dumps(BadReduce((5, ()))))
show("args not a tuple", lambda: pickle.dumps(BadReduce((list, [1]))))
show("listitems not an iterator", lambda: pickle.dumps(BadReduce((list, (), None, [1]))))
show("dictitems not an iterator", lambda: pickle.dumps(BadReduce((dict, (), None, None, {}))))
show("unknown global", lambda: pickle.dumps(BadReduce("nothere")))
show("empty", lambda: pickle.loads(b""))
show("cut before STOP", lambda: pickle.loads(pickle.dumps([1, 2, 3], 2)[:-1]))
show("cut in a frame", lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-5]))
show("cut protocol 0", lambda: pickle.loads(pickle.dumps([1, 2, 3], 0)[:-3]))
show("unknown opcode", lambda: pickle.loads(b"\xffabc"))
show("unknown printable opcode", lambda: pickle.loads(b"xyz"))
show("quote opcode", lambda: pickle.loads(b"'"))
show("str given", lambda: pickle.loads("abc"))
show("future protocol", lambda: pickle.loads(b"\x80\x09N."))
show("empty stack", lambda: pickle.loads(b"."))
show("no mark", lambda: pickle.loads(b"K\x01t."))
show("memo miss", lambda: pickle.loads(b"h\x05."))
show("persistent id", lambda: pickle.loads(b"\x80\x02K\x01Q."))
show("missing attribute", lambda: pickle.loads(b"\x80\x04\x8c\x08builtins\x8c\x05nopez\x93."))
show("missing module", lambda: pickle.loads(b"cnosuchmod\nx\n."))
show("trailing data ignored", lambda: pickle.loads(b"K\x07.garbage"))
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(pickle.PickleError.__module__, pickle.PickleError.__mro__[1].__name__)
try:
    pickle.dumps(Holder().method.__func__)
    print("methods' functions pickle by reference")
except pickle.PicklingError as err:
    print("PicklingError", err)
pickle.loads(pickle.dumps({"key": list(range(10))})[:-12])
