# datetime objects copied, deep-copied, subclassed, sorted and used as keys.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo
items = [date(2020, 1, 2), datetime(2020, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), time(1, 2, tzinfo=timezone(timedelta(hours=1), "X")),
         timedelta(1, 2, 3), timezone(timedelta(hours=-3)), timezone.utc, datetime(2020, 1, 1).date().isocalendar()]
for item in items:
    a = copy.copy(item); b = copy.deepcopy(item)
    print(repr(a), repr(b), a == item, b == item, type(b).__name__)
class Stamp(datetime):
    def label(self): return self.strftime("%Y")
s = Stamp(2020, 5, 6, 7)
print(repr(s), s.label(), repr(s + timedelta(1)), repr(s.replace(year=2021)), repr(Stamp.fromisoformat("2020-01-01")), repr(Stamp.combine(date(2020,1,1), time(5))))
print(repr(s - timedelta(hours=1)), type(s - datetime(2020,1,1)).__name__, repr(Stamp.strptime("2021", "%Y")))
print(sorted([datetime(2020,1,1), datetime(2019,5,5), datetime(2020,1,1,0,0,1)]))
print(date(2020, 1, 1) in {date(2020, 1, 1)}, datetime(2020,1,1,tzinfo=timezone.utc) in {datetime(2020,1,1,5,tzinfo=timezone(timedelta(hours=5)))})
print(str(datetime.max - datetime.min), repr(datetime.max - datetime.min), (datetime.max - datetime.min).total_seconds())
print(timedelta(days=1) // timedelta(hours=7), timedelta(days=1) % timedelta(hours=7), timedelta(days=-1) // 7)
print(max(timedelta(1), timedelta(hours=25)), min([timedelta(0), -timedelta(1)]), abs(timedelta(-1, 5)))
print(vars(datetime) is not None, date.__doc__ is not None, datetime.__mro__[1].__name__, issubclass(timezone, tzinfo))
print(isinstance(datetime(2020, 1, 1), date), isinstance(date(2020,1,1), datetime))
