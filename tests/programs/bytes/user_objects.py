# bytes with user objects: __index__, __bytes__, reflected operators, iterables that raise,
# and edge cases of the methods' arguments.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class Idx:
    def __index__(self): return 1
class R:
    def __radd__(self, o): return ('radd', o)
    def __add__(self, o): return ('add', o)
    def __rmul__(self, o): return ('rmul', o)
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return 'lt'
    def __gt__(self, o): return 'gt'
    def __contains__(self, o): return True
    def __rmod__(self, o): return ('rmod', o)
class B:
    def __bytes__(self): return b'BB'
class G:
    def __iter__(self):
        yield 1
        raise ValueError('boom')
show(1, lambda: b'abc'[Idx()])
show(2, lambda: b'abc'[Idx():])
show(3, lambda: b'a' + R())
show(4, lambda: R() + b'a')
show(5, lambda: b'a' * R())
show(6, lambda: b'a' * Idx())
show(7, lambda: Idx() * b'ab')
show(8, lambda: b'a' == R())
show(9, lambda: b'a' < R())
show(10, lambda: b'a' in R())
show(11, lambda: b'%d' % R())
show(12, lambda: bytearray(b'abc')[Idx()])
def f():
    x = bytearray(b'a'); x += R(); return x
show(13, f)
def f():
    x = bytearray(b'a'); x *= Idx(); return x
show(14, f)
show(15, lambda: b'hello'.find(b'l', Idx()))
show(16, lambda: b'hello'.count(Idx()))
show(17, lambda: b'a b'.split(maxsplit=Idx()))
show(18, lambda: bytes(G()))
def f():
    x = bytearray(b'abc')
    try:
        x.extend(G())
    except ValueError as e:
        print('err', e)
    return x
show(19, f)
show(20, lambda: b'-'.join(G()))
show(21, lambda: b'%s|%b' % (B(), B()))
show(22, lambda: bytes(B()))
show(23, lambda: bytearray(b'ab').center(Idx()))
show(24, lambda: bytes(Idx()))
show(25, lambda: memoryview(b'abc')[Idx()])
show(26, lambda: b'ab'.hex(':', Idx()))
show(27, lambda: Idx() in b'\x01')
show(28, lambda: bytearray(b'xyz').pop(Idx()))
show(29, lambda: bytearray(b'xyz').insert(Idx(), 65))
def f():
    x = bytearray(b'xyz'); x[Idx()] = Idx(); return x
show(30, f)
show(31, lambda: b'x' != R())
show(32, lambda: sorted([b'b', bytearray(b'a'), b'c']))
show(33, lambda: [b'a', 1] == [b'a', 1])
show(34, lambda: (b'a', bytearray(b'b')) < (b'a', b'c'))
show(35, lambda: b'abc'.startswith(b'b', Idx()))
show(36, lambda: bytes.fromhex('  '))
show(37, lambda: b'\x00'.hex(sep=''))
show(38, lambda: b''.hex(':'))
show(39, lambda: b'a'.hex(':', 0))
show(40, lambda: b'abcd'.hex('-', 10))
show(41, lambda: bytearray(5) == bytes(5))
show(42, lambda: b'abc'.index(98, -2))
show(43, lambda: b'aaa'.replace(b'a', b'bb', 0))
show(44, lambda: b'aaa'.replace(b'aa', b'b'))
show(45, lambda: b'abc'.rsplit(b'b', 0))
show(46, lambda: b'a,b,c'.rsplit(b',', 1))
show(47, lambda: b'  '.split(None, 0))
show(48, lambda: b' a '.split(None, 0))
show(49, lambda: b' a '.rsplit(None, 0))
show(50, lambda: b'ab'.center(5, b'\x00'))
