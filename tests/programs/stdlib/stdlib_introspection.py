# stdlib classes and functions as values: reprs, names, subclass relations, deque iterators
import itertools, functools, collections, operator
print(itertools.count, functools.partial, collections.Counter, collections.deque, operator.add, functools.reduce)
print(operator.itemgetter, type(itertools.count(1)), itertools.tee)
print(collections.OrderedDict.__name__, itertools.chain.__name__, operator.add.__name__)
print(type(iter(collections.deque())).__name__, type(collections.Counter().items()).__name__)
P = collections.namedtuple("P", "a")
print(P, P.__name__, P.__mro__ if False else "", P(1).__class__ is P, issubclass(P, tuple))
print(isinstance(collections.OrderedDict(), dict), issubclass(collections.Counter, dict), issubclass(collections.deque, object))
print(callable(functools.partial(print)), callable(itertools.count()), str(functools.partial(max, 1))[:24])
print(functools.lru_cache(maxsize=3)(len)("abc"), functools.cache(abs)(-2))
def f(): pass
print(functools.wraps(f)(lambda: 1).__name__)
print(list(itertools.chain.from_iterable(itertools.repeat([1, 2], 2))))
d = collections.defaultdict(list)
d.default_factory = set
d["x"].add(1)
print(d)
print(sorted(collections.Counter("abc").elements()), collections.Counter("aba").most_common(1))
print(collections.deque("abc", 2).maxlen)
dq = collections.deque([1, 2, 3])
for x in dq:
    print(x, end=" ")
print(list(reversed(dq)), list(iter(dq)), sum(dq), sorted(dq, reverse=True))
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print("RuntimeError:", e, len(dq))
dq.popleft()
print(list(dq), [x for x in reversed(dq)], type(reversed(dq)).__name__)
