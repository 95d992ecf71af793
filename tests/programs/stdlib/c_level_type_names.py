# Messages name the types of modules CPython writes in C by their C-level name
# (`collections.deque`, `datetime.date`), reprs and program subclasses by the bare name.
import array
import collections
import datetime
import decimal
import functools
import io
import itertools
import operator


def show(action):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


show(lambda: collections.deque().rotate_all)
show(lambda: hash(collections.deque()))
show(lambda: next(collections.deque()))
show(lambda: len(itertools.count()))
show(lambda: itertools.count()[0])
show(lambda: array.array("i") < 3)
show(lambda: io.StringIO().missing)
show(lambda: abs(io.BytesIO()))
show(lambda: operator.itemgetter(1) + 1)
show(lambda: functools.partial(print).missing)
show(lambda: collections.defaultdict(int).missing)
show(lambda: collections.OrderedDict().missing)
show(lambda: collections.Counter().missing)
show(lambda: datetime.date(2020, 1, 1) < 3)
show(lambda: datetime.date(2020, 1, 1) + 3)
show(lambda: datetime.timedelta(1) < datetime.date(2020, 1, 1))
show(lambda: datetime.datetime(2020, 1, 1).missing)
show(lambda: datetime.timezone.utc * 2)
show(lambda: decimal.Decimal(1) + 1.0)
show(lambda: decimal.Decimal(1) < "a")
show(lambda: decimal.getcontext().missing)


class Stamp(datetime.date):
    pass


class Line(collections.deque):
    pass


show(lambda: Stamp(2020, 1, 1) < 3)
show(lambda: Line().missing)
print(repr(Stamp(2020, 1, 1)), repr(datetime.date(2020, 1, 1)))
print(Line([1, 2]), collections.deque([3], maxlen=2), array.array("b", [1]))
print(collections.defaultdict(list), collections.OrderedDict(a=1), collections.Counter("aab"))
print(repr(ValueError("x")), type(collections.deque()), type(datetime.date.today()))
datetime.time(1, 2) + datetime.timedelta(1)
