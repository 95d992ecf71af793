# Checks TypeError messages for missing/extra/unexpected/duplicate arguments to functions, lambdas, methods and builtins.
def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
def g(a, /, b, *args, k=1, **kw):
    return a, b, args, k, kw
class K:
    def m(self, x):
        return x
    def __init__(self, a):
        pass
calls = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=3),
    lambda: f(d=1),
    lambda: f(1, 2, 3, 4, 5, d=1),
    lambda: g(),
    lambda: g(1, 2, 3, 4, k=2, z=3),
    lambda: K().m(1),
    lambda: K(1).m(),
    lambda: K(1).m(1, 2),
    lambda: K(1).m(y=2),
    lambda: K(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda *, k: 0)(1),
    lambda: f(*[1, 2], **{"d": 4}),
    lambda: g(*range(5), **{"x": 1}),
    lambda: len(),
    lambda: len(1, 2),
    lambda: abs(x=1),
    lambda: "a".split(1),
    lambda: int("3", base=40),
    lambda: print(sep=1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: range(),
    lambda: max(),
    lambda: max([]),
    lambda: min([], default=7),
    lambda: sum([1], 2, 3),
    lambda: isinstance(1),
    lambda: isinstance(1, 2),
    lambda: divmod(1),
    lambda: f(1, 2, 3, c=4, d=1),
    lambda: K.m(1),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)
    except ValueError as e:
        print(i, "ValueError:", e)
