# Unknown keywords: functions CPython writes in C say "'k' is an invalid keyword argument
# for f()", those it writes in Python "f() got an unexpected keyword argument 'k'".
# Every class of an except tuple is checked before any is matched.
import collections
import functools
import itertools
import math

calls = [
    lambda: print(f=1), lambda: int("1", bas=2), lambda: str(x=1), lambda: enumerate([], st=1),
    lambda: zip([], strct=1), lambda: round(1.5, nd=1), lambda: sum([], strt=1),
    lambda: pow(2, 2, z=1), lambda: math.prod([], z=1), lambda: math.isclose(1, 1, z=1),
    lambda: itertools.count(z=1), lambda: itertools.repeat(1, z=1), lambda: itertools.groupby([], z=1),
    lambda: itertools.accumulate([], z=1), lambda: itertools.product(z=1), lambda: property(z=1),
    lambda: collections.deque(z=1), lambda: "a".splitlines(z=1), lambda: "a".expandtabs(z=1),
    lambda: collections.OrderedDict().move_to_end(1, z=1),
    lambda: functools.lru_cache(z=1), lambda: functools.wraps(z=1),
    lambda: functools.update_wrapper(z=1), lambda: collections.Counter().most_common(z=1),
    lambda: collections.namedtuple("P", "x", z=1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print(e)


def RecursionError(x):
    return x


for clause in [(ZeroDivisionError, RecursionError), (ValueError, "name"), ((ValueError, KeyError),), 5]:
    try:
        try:
            1 / 0
        except clause:
            print("caught")
    except TypeError as e:
        print(type(clause).__name__, e)

match 5:
    case int():
        print("int pattern")
try:
    match 5:
        case RecursionError():
            print("never")
except TypeError as e:
    print(e)
