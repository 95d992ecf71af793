# bytes across the language: defaults, class attributes, __bytes__, generators, match
# patterns with bytes keys and values, unpacking, exceptions, formatting.
def f(x=b'default', *, y=bytearray(b'kw')):
    b'not a docstring'
    return x + y
print(f(), f.__doc__, f(b'1', y=b'2'))
class C:
    tag = b'C'
    def __bytes__(self):
        return self.tag * 2
print(bytes(C()), C.tag)
def gen():
    yield b'a'
    yield from [b'b', bytearray(b'c')]
print(list(gen()), b''.join(gen()))
for key in (b'k', b'j', b'other', 5):
    match {key: 1} if key != 5 else key:
        case {b'k': v}:
            print('k', v)
        case {b'j': v}:
            print('j', v)
        case b'x' | 5:
            print('five or x')
        case _:
            print('default', key)
g = lambda: b'lam'
print(g(), [b'%d' % i for i in range(3)], {b'a': b'b'}.get(b'a'))
x = b'abc'
x2 = x[:]
print(x2 == x, len(x * 1000), (x * 1000).count(b'ca'))
s = set()
for i in range(5):
    s.add(bytes([i % 3]))
print(len(s), sorted(s))
t = (b'a', b'b')
a, b = t
print(a + b, t.index(b'b'), t.count(b'a'), b'a' in t)
print([*b'ab', *bytearray(b'cd')], {**{b'k': 1}})
try:
    raise ValueError(b'bytes message')
except ValueError as e:
    print(e, repr(e), e.args)
print("%-6s|%6r|" % (b'ab', bytearray(b'c')))
print(f"{b'ab'!s:>10}|{bytearray(b'x')!r}")
assert b'a' < b'b', b'message'
print(min([b'b', b'a']), max(b'a', b'b'), sorted([bytearray(b'z'), bytearray(b'y')]))
import sys
print(sys.getrecursionlimit() > 0)
