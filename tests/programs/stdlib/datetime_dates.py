# date: construction checks, ordinals, calendar queries, arithmetic, text forms.
from datetime import date, timedelta, MINYEAR, MAXYEAR
import datetime


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as error:
        print(label, type(error).__name__ + ":", error)


print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
days = [date(2020, 1, 1), date(2020, 2, 29), date(1999, 12, 31), date(2000, 3, 1), date(1, 1, 1),
        date(9999, 12, 31), date(2021, 1, 3), date(2015, 12, 31), date(2008, 12, 29), date(1900, 2, 28)]
for day in days:
    print(repr(day), str(day), day.toordinal(), day.weekday(), day.isoweekday(), day.isocalendar(),
          day.ctime(), day.year, day.month, day.day)
    assert date.fromordinal(day.toordinal()) == day
    iso = day.isocalendar()
    assert date.fromisocalendar(iso.year, iso.week, iso.weekday) == day
    assert date.fromisoformat(day.isoformat()) == day

for ordinal in (1, 365, 366, 730119, 730120, 1461, 146097, 146096, 36524, 36525, 3652059):
    print(ordinal, date.fromordinal(ordinal))

iso = date(2020, 1, 1).isocalendar()
print(iso, iso.year, iso.week, iso.weekday, iso[0], tuple(iso), len(iso), iso == (2020, 1, 3))
year, week, weekday = date(2021, 1, 1).isocalendar()
print(year, week, weekday)

d = date(2020, 1, 31)
print(d + timedelta(days=1), timedelta(days=30) + d, d - timedelta(days=31), d - date(2019, 1, 31))
print(d + timedelta(hours=47), d - timedelta(hours=1), date(2020, 3, 1) - date(2020, 2, 1))
print(d.replace(day=1), d.replace(year=2021, month=2, day=28), d.replace())
print(d < date(2020, 2, 1), d == date(2020, 1, 31), d != d, d >= date(2020, 1, 31), d > d)
print(max(days), min(days), sorted(days)[:3])
print(d == "2020-01-31", d != 3)
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print({date(2020, 1, 1): "new year"}[date.fromisoformat("2020-01-01")])
print(date.fromisoformat("20200131"), date.fromisoformat("2020-W01-1"), date.fromisoformat("2020W017"),
      date.fromisoformat("2020-W53"), date.fromisocalendar(2020, 53, 7))
print(d.strftime("%Y-%m-%d %a %A %b %B %j %U %W %w %u %y %C %G %V %x %c %%"))
print(format(d, "%d/%m/%Y"), format(d, ""), f"{d:%A %d %B %Y}", "{:%j}".format(d))
print(date(1, 1, 1).strftime("%Y %y %G %C %j"), date(999, 7, 4).strftime("%Y|%F|%D|%e|%h|%H:%M:%S|%f|%p|%z|%Z|"))
print(isinstance(d, datetime.date), type(d).__name__, date.__name__, date.__module__)


class Day(date):
    def next(self):
        return self + timedelta(days=1)


special = Day(2024, 2, 28)
print(repr(special), special.next(), type(special.next()).__name__, type(special.replace(day=1)).__name__)
print(repr(Day.fromordinal(1)), repr(Day.fromisoformat("2024-02-29")))

attempt("month", lambda: date(2020, 13, 1))
attempt("month0", lambda: date(2020, 0, 1))
attempt("day", lambda: date(2019, 2, 29))
attempt("day0", lambda: date(2019, 2, 0))
attempt("year0", lambda: date(0, 1, 1))
attempt("year10000", lambda: date(10000, 1, 1))
attempt("float", lambda: date(2020.0, 1, 1))
attempt("str", lambda: date("2020", 1, 1))
attempt("ordinal0", lambda: date.fromordinal(0))
attempt("past max", lambda: date.max + timedelta(days=1))
attempt("before min", lambda: date.min - timedelta(days=1))
attempt("iso bad", lambda: date.fromisoformat("2020-1-01"))
attempt("iso extra", lambda: date.fromisoformat("2020-01-01T00"))
attempt("iso range", lambda: date.fromisoformat("2020-13-01"))
attempt("iso type", lambda: date.fromisoformat(20200101))
attempt("iso week", lambda: date.fromisocalendar(2020, 54, 1))
attempt("iso week53", lambda: date.fromisocalendar(2021, 53, 1))
attempt("iso day", lambda: date.fromisocalendar(2020, 5, 8))
attempt("iso year", lambda: date.fromisocalendar(0, 5, 1))
attempt("replace", lambda: d.replace(month=2, day=30))

# A date that does not exist, left uncaught.
print(date(2023, 2, 29))
