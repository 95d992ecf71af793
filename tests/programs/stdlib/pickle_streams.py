# Pickles through files and io.BytesIO, and the hooks of Pickler and Unpickler subclasses:
# persistent ids, find_class restricting globals, reducer_override, dispatch_table.
import pickle, io, copyreg, copy, collections, dataclasses

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f'Point({self.x}, {self.y})'

# files
path = '/tmp/closc_pickle_streams.pkl'
with open(path, 'wb') as f:
    pickle.dump({'a': [1, 2], 'p': Point(1, 2)}, f)
    pickle.dump('second', f, protocol=0)
with open(path, 'rb') as f:
    print(pickle.load(f)); print(pickle.load(f))
    try:
        pickle.load(f)
    except EOFError as e:
        print('EOFError', e)
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump([1, 2]); p.dump((3, 4))
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())

# persistent ids
class DB:
    def __init__(self, key): self.key = key
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, DB): return ('DB', obj.key)
        return None
class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        tag, key = pid
        return 'loaded-' + key
b = io.BytesIO()
DBPickler(b).dump([DB('x'), 1, DB('y')])
print(b.getvalue())
b.seek(0)
print(DBUnpickler(b).load())
b = io.BytesIO()
DBPickler(b, 0).dump([DB('x')])
print(b.getvalue())

# restricted find_class
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")
print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 4))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(Point(1, 2)))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

# reducer_override and dispatch_table
class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (complex, (obj.x, obj.y))
        return NotImplemented
b = io.BytesIO(); Override(b).dump([Point(1, 2), 3])
print(b.getvalue(), pickle.loads(b.getvalue()))
b = io.BytesIO(); pk = pickle.Pickler(b)
pk.dispatch_table = copyreg.dispatch_table.copy()
pk.dispatch_table[Point] = lambda p: (Point, (p.y, p.x))
pk.dump(Point(1, 2)); print(pickle.loads(b.getvalue()))
print(pickle.loads(pickle.dumps(Point(1, 2))))
copyreg.pickle(Point, lambda p: (Point, (p.x * 10, p.y * 10)))
print(pickle.dumps(Point(1, 2)), pickle.loads(pickle.dumps(Point(1, 2))))
print(copy.copy(Point(3, 4)), copy.deepcopy(Point(5, 6)))
del copyreg.dispatch_table[Point]
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print('TypeError', e)

# extension registry
copyreg.add_extension('__main__', 'Point', 240)
print(pickle.dumps(Point(1, 2), 2), pickle.loads(pickle.dumps(Point(1, 2), 2)))
copyreg.remove_extension('__main__', 'Point', 240)
print(pickle.dumps(Point(1, 2), 2))

# getnewargs_ex, state setter
class KW:
    def __new__(cls, *, a):
        o = object.__new__(cls); o.a = a; return o
    def __getnewargs_ex__(self): return ((), {'a': self.a})
    def __repr__(self): return f'KW(a={self.a})'
for proto in (4, 5):
    try:
        d = pickle.dumps(KW(a=3), proto); print(proto, d, pickle.loads(d))
    except Exception as e:
        print(proto, type(e).__name__)
def setter(obj, state):
    obj.__dict__['set_by'] = state
class WithSetter:
    def __reduce__(self): return (WithSetter, (), 'st', None, None, setter)
d = pickle.dumps(WithSetter()); print(d, pickle.loads(d).set_by)

@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int
    b: list
fz = Frozen(1, [2])
print(pickle.loads(pickle.dumps(fz)), copy.deepcopy(fz))
shared = [1, 2]
both = pickle.loads(pickle.dumps([shared, shared, (shared,)]))
print(both, both[0] is both[1], both[2][0] is both[0])
r = [1]; r.append(r)
back = pickle.loads(pickle.dumps(r)); print(back[1] is back)
Pair = collections.namedtuple('Pair', 'left right')
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(Pair(1, [2]), proto)))

import os
# Several pickles appended to one file, read back until the end.
with open(path, "wb") as f:
    for proto in range(6):
        pickle.dump({"proto": proto, "items": list(range(proto))}, f, proto)
with open(path, "rb") as f:
    while True:
        try:
            print(pickle.load(f))
        except EOFError:
            break
os.remove(path)
print(copy.deepcopy(Pair(1, [2])), copy.copy(Frozen(3, [4])))
