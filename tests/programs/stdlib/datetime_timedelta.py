# timedelta: normalisation, reprs, arithmetic, comparisons, hashing and errors.
from datetime import timedelta
import datetime


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


samples = [
    timedelta(),
    timedelta(1),
    timedelta(days=1, hours=1),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(weeks=2, days=-3, hours=25, minutes=61, seconds=3661, milliseconds=1001, microseconds=1001),
    timedelta(hours=1.5, minutes=0.25, milliseconds=0.5),
    timedelta(days=0.1, seconds=0.1),
    timedelta(microseconds=0.5),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
    timedelta(seconds=1e-7),
    timedelta(days=-2.75),
    timedelta(minutes=-90),
    timedelta.max,
    timedelta.min,
    timedelta.resolution,
]
for delta in samples:
    print(repr(delta), "|", str(delta), "|", delta.days, delta.seconds, delta.microseconds, "|",
          delta.total_seconds())

a = timedelta(hours=5, minutes=30)
b = timedelta(minutes=45, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(-a), abs(b))
print(a * 3, 3 * a, a * -1, a * 0.5, 0.1 * a, a * 1.5e-6)
print(a / b, a / 4, a / 7, a / 0.3, a // b, a // 7, a % b, divmod(a, b))
print(timedelta(microseconds=3) / 2, timedelta(microseconds=5) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(seconds=1) * 0.5e-6, timedelta(seconds=1) * 1.5e-6, timedelta(microseconds=-7) // 2)
print(a > b, a < b, a == timedelta(minutes=330), a != b, a >= a, b <= a)
print(a == 5, a != "x", bool(timedelta()), bool(timedelta(microseconds=1)))
print(sorted([a, b, -a, timedelta()]))
print(sum([a, b, b], timedelta()))
print(hash(timedelta(hours=1)) == hash(timedelta(minutes=60)), hash(a) == hash(b))
table = {timedelta(hours=1): "hour", timedelta(days=1): "day"}
print(table[timedelta(minutes=60)], table[timedelta(hours=24)])
print(format(a, ""), f"{b}", "{}".format(timedelta(days=-1)))
print(isinstance(a, datetime.timedelta), type(a).__name__, timedelta.__module__)


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


span = Span(hours=3)
print(repr(span), span.hours(), type(span + span).__name__, isinstance(span, timedelta))

attempt("huge", lambda: timedelta(days=10 ** 9))
attempt("tiny", lambda: timedelta(days=-10 ** 9))
attempt("overflow", lambda: timedelta.max + timedelta.resolution)
attempt("negmax", lambda: -timedelta.max)
attempt("negmin", lambda: -timedelta.min)
attempt("double", lambda: timedelta.max * 2)
attempt("str days", lambda: timedelta("1"))
attempt("str hours", lambda: timedelta(hours=[1]))
attempt("inf", lambda: timedelta(seconds=float("inf")))
attempt("nan", lambda: timedelta(seconds=float("nan")))
attempt("div zero", lambda: a / 0)
attempt("div zero float", lambda: a / 0.0)
attempt("div zero delta", lambda: a / timedelta())
attempt("floordiv zero", lambda: a // timedelta())
attempt("mod zero", lambda: a % timedelta())
attempt("mul nan", lambda: a * float("nan"))
attempt("format", lambda: format(a, ">20"))
