# The attributes programs read on exceptions: OSError's errno/strerror/filename/filename2
# (and the subclass its errno picks), AttributeError.name/obj, NameError.name,
# StopIteration.value, KeyError's str.
import errno

print(errno.ENOENT, errno.EACCES, errno.errorcode[errno.ENOENT], errno.errorcode[11])
print(errno.EWOULDBLOCK == errno.EAGAIN, len(errno.errorcode) > 100, "EEXIST" in dir(errno))
for args in [(2, "No such file"), (errno.ENOENT, "No such file", "a.txt"), (1, "x", "a", None, "b"),
             (errno.EACCES, "Permission denied", "/root"), (errno.EEXIST, "exists", "d"),
             (999, "unknown"), (2,), (), ("text",), (2, "a", "b", "c", "d", "e"),
             (errno.EPIPE, "pipe"), (errno.ETIMEDOUT, "slow"), (errno.EAGAIN, "again")]:
    e = OSError(*args)
    print(type(e).__name__, str(e), repr(e), e.errno, e.strerror, e.filename, e.filename2, e.args)
e = FileNotFoundError(errno.ENOENT, "No such file or directory", "data.csv")
print(e, e.errno, e.filename, isinstance(e, OSError), FileNotFoundError.__mro__[1].__name__)
e.errno = 5
e.strerror = "changed"
e.filename = "other"
print(e.errno, e.strerror, e.filename, str(e))
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise OSError(errno.ENOENT, "gone", "f.txt")
except FileNotFoundError as caught:
    print("caught", type(caught).__name__, caught.filename)


class Missing(OSError):
    pass


m = Missing(2, "custom")
print(type(m).__name__, m.errno, m.strerror, m)

try:
    undefined_name
except NameError as e:
    print(repr(e), e.name)


def local_use():
    try:
        print(later)
    except NameError as e:
        print(type(e).__name__, e.name)
    later = 1


local_use()


class Thing:
    pass


thing = Thing()
try:
    thing.colour
except AttributeError as e:
    print(e.name, e.obj is thing)
for obj in (None, 5, "s", [1]):
    try:
        obj.missing
    except AttributeError as e:
        print(e, e.name, e.obj is obj)
e = AttributeError("msg", name="n", obj=3)
print(e.name, e.obj, e.args)
n = NameError("x", name="y")
print(n.name, n)


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value)
s = StopIteration(3)
s.value = 4
print(s.value, s.args)
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(KeyError(1)))
try:
    {}["missing"]
except KeyError as e:
    print(e, e.args)
print(str(KeyError("")), str(KeyError(None)), repr(KeyError(("t",))))
